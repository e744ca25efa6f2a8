using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace HybridChat.Data;

// Every time in the database is UTC; this makes DateTime values read back say so.
public class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
