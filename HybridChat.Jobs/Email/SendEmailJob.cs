using Hangfire;
using HybridChat.Data.Email;
using HybridChat.Data.Telemetry;
using HybridChat.Jobs.Hosting;
using Microsoft.Extensions.Options;

namespace HybridChat.Jobs.Email;

// A failure leaves the row unsent and throws, so Hangfire retries with backoff and the
// dashboard shows the error; a run that finds the row sent already does nothing.
public class SendEmailJob(OutboxDelivery outbox, IMailTransport transport, IOptions<MailOptions> mail, IOptions<JobsOptions> jobs, ChatMetrics metrics)
{
    [JobDisplayName("Send outbox email {0}")]
    public async Task RunAsync(long outboxEmailId, CancellationToken cancellationToken)
    {
        var (outcome, email) = await outbox.ClaimAsync(outboxEmailId, TimeSpan.FromSeconds(jobs.Value.EmailClaimSeconds), cancellationToken);
        if (outcome == ClaimOutcome.Done)
        {
            return;
        }

        if (outcome == ClaimOutcome.Busy)
        {
            throw new InvalidOperationException($"Outbox email {outboxEmailId} is being sent by another run; trying again later.");
        }

        try
        {
            await transport.SendAsync(OutboxMessage.From(email!, mail.Value), cancellationToken);
        }
        catch (Exception failure)
        {
            metrics.EmailFailed();
            await outbox.ReleaseAsync(outboxEmailId, failure.Message);
            throw;
        }

        metrics.EmailSent();
        await outbox.MarkSentAsync(outboxEmailId, CancellationToken.None);
    }
}
