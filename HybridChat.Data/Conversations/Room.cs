namespace HybridChat.Data.Conversations;

// A public group as someone looking for rooms sees it.
public record Room(int Id, string Title, int MemberCount, bool IsMember);

public record RoomPage(IReadOnlyList<Room> Items, RoomCursor? Next);
