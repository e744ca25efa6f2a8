using HybridChat.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace HybridChat.Web.Infrastructure.Validation;

public static class ModelStateExtensions
{
    // Puts a domain rule's errors where the form (or ProblemDetails) shows them: each field under
    // the name the form or JSON uses for it, field-less ones in the summary.
    public static void AddErrors(this ModelStateDictionary modelState, ValidationErrors errors, Func<string, string>? keyOf = null)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var (field, messages) in errors)
        {
            var key = field.Length == 0 || keyOf is null ? field : keyOf(field);
            foreach (var message in messages)
            {
                modelState.AddModelError(key, message);
            }
        }
    }
}
