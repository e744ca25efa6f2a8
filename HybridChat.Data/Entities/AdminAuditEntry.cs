namespace HybridChat.Data.Entities;

// One admin action: who did what to whom, when. Names are copied so the log still reads right
// after a rename or a deletion; no secrets (keys, codes, passwords) ever go in.
public class AdminAuditEntry
{
    public const int NameMaxLength = 256;
    public const string ConfigurationName = "configuration";

    public long Id { get; set; }
    public DateTime At { get; set; }

    // Null when the configuration (Admin:Users) granted the role, at start-up or sign-up.
    public int? AdminId { get; set; }
    public string AdminName { get; set; } = "";
    public AdminAction Action { get; set; }
    public int SubjectId { get; set; }
    public string SubjectName { get; set; } = "";
}
