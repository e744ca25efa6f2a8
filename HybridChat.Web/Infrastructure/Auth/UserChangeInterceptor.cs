using System.Data.Common;
using System.Runtime.CompilerServices;
using HybridChat.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HybridChat.Web.Infrastructure.Auth;

// Every write to a user row goes through SaveChanges (Identity's store included), so this is the one
// place that keeps UserSnapshots true. It forgets the users once the change is visible to other
// connections: after the save, or after the commit when the save ran inside a transaction.
public sealed class UserChangeInterceptor(UserSnapshots snapshots) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, HashSet<int>> pending = [];

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData?.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Collect(eventData?.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        ForgetUnlessInTransaction(eventData?.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        ForgetUnlessInTransaction(eventData?.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData?.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData?.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData?.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData?.Context);
        return Task.CompletedTask;
    }

    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries<User>())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted)
            {
                pending.GetOrCreateValue(context).Add(entry.Entity.Id);
            }
        }

        // A profile picture's preview becoming ready changes the profile its uploader is shown.
        foreach (var entry in context.ChangeTracker.Entries<Media>())
        {
            if (entry.State is EntityState.Modified)
            {
                pending.GetOrCreateValue(context).Add(entry.Entity.UploaderId);
            }
        }
    }

    private void ForgetUnlessInTransaction(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
        {
            Forget(context);
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null && pending.TryGetValue(context, out var userIds) && userIds.Count > 0)
        {
            snapshots.Forget(userIds);
            userIds.Clear();
        }
    }
}
