using HybridChat.Data.Admin;

namespace HybridChat.Web.Features.Admin;

public record AdminDashboard(AdminCounts Counts, int OpenStreamsHere);
