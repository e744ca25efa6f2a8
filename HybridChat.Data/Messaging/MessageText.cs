using HybridChat.Data.Entities;

namespace HybridChat.Data.Messaging;

public static class MessageText
{
    public static ValidationErrors Validate(string? text, int attachmentCount)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(text) && attachmentCount == 0)
        {
            errors.Add("Text", "Write something to send.");
        }
        else if (text?.Trim().Length > Message.TextMaxLength)
        {
            errors.Add("Text", $"A message can be at most {Message.TextMaxLength} characters.");
        }

        return errors;
    }
}
