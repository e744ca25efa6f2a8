using HybridChat.E2E.Infrastructure;

[assembly: AssemblyFixture(typeof(AppFixture))]
