namespace HybridChat.Bench.App;

internal sealed record BenchUser(int Id, string UserName, string SecurityStamp);
