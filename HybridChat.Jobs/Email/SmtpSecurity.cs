namespace HybridChat.Jobs.Email;

public enum SmtpSecurity
{
    // Plain connection upgraded with STARTTLS (port 587); a server that does not offer it gets nothing.
    StartTls,

    // TLS from the first byte (port 465).
    Tls,

    // No encryption at all: only when configured on purpose, e.g. a relay on the same machine.
    None,
}
