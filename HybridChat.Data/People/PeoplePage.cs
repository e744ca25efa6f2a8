namespace HybridChat.Data.People;

public record PeoplePage(IReadOnlyList<Person> Items, PeopleCursor? Next)
{
    public static readonly PeoplePage Empty = new([], null);
}
