using HybridChat.Data.Entities;

namespace HybridChat.Data.Messaging;

public static class MessageText
{
    public const string ControlCharactersError = "A message cannot contain control characters; only tabs and line breaks are allowed.";

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
        else if (text?.Any(IsRefused) == true)
        {
            errors.Add("Text", ControlCharactersError);
        }

        return errors;
    }

    // Browsers send a line break in a form as CR LF.
    private static bool IsRefused(char c) => char.IsControl(c) && c is not ('\t' or '\n' or '\r');
}
