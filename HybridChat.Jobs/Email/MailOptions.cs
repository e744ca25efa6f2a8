namespace HybridChat.Jobs.Email;

public class MailOptions
{
    public const string Section = "Mail";

    public string FromAddress { get; set; } = "hybridchat@localhost";
    public string FromName { get; set; } = "HybridChat";

    // Without an SMTP host, mail is written as .eml files into PickupDirectory instead of sent.
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 587;
    public SmtpSecurity SmtpSecurity { get; set; } = SmtpSecurity.StartTls;
    public string? SmtpUserName { get; set; }
    public string? SmtpPassword { get; set; }
    public string PickupDirectory { get; set; } = "";
}
