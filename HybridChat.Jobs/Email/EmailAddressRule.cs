using MimeKit;

namespace HybridChat.Jobs.Email;

// What counts as an address we can send mail to: checked when an account takes an address and
// before any mail is addressed, so MimeKit never meets one it cannot parse.
public static class EmailAddressRule
{
    // The longest forward path SMTP allows (RFC 5321).
    public const int MaxLength = 254;

    public static bool IsDeliverable(string? address) =>
        !string.IsNullOrEmpty(address)
        && address.Length <= MaxLength
        && !address.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))
        && address.Count(c => c == '@') == 1
        && MailboxAddress.TryParse(address, out var mailbox)
        && string.IsNullOrEmpty(mailbox.Name)
        && mailbox.Address == address;
}
