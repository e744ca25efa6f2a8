using HybridChat.Data.Admin;
using HybridChat.Jobs.Hosting;

namespace HybridChat.Web.Features.Admin;

public record AdminDashboard(AdminCounts Counts, int OpenStreamsHere, JobCounts Jobs);
