using HybridChat.Data.Entities;

namespace HybridChat.Data.People;

public static class FriendRequestExtensions
{
    public static int OtherSideOf(this FriendRequest request, int userId)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.FromUserId == userId ? request.ToUserId : request.FromUserId;
    }
}
