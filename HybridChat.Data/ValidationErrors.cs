namespace HybridChat.Data;

// Field name -> messages, the shape both ModelState (web) and ValidationProblem (API) take.
public class ValidationErrors : Dictionary<string, string[]>
{
    public bool IsValid => Count == 0;

    public void Add(string field, string message) =>
        this[field] = TryGetValue(field, out var existing) ? [.. existing, message] : [message];

    public void AddAll(ValidationErrors other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var (field, messages) in other)
        {
            this[field] = TryGetValue(field, out var existing) ? [.. existing, .. messages] : messages;
        }
    }
}
