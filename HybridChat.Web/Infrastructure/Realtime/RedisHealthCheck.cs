using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HybridChat.Web.Infrastructure.Realtime;

// Degraded, not unhealthy, without Redis: the node still serves its own clients and, by polling the
// change log, other nodes' messages within a second or two, so taking every node out of the
// balancer at once would turn a slower cluster into no cluster.
public sealed class RedisHealthCheck(RedisEventBus bus) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(bus.HearsOtherNodes
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Degraded("Redis is unreachable: live events reach this node's streams only; other nodes' messages arrive by polling the change log."));
}
