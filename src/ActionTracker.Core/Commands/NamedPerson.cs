namespace ActionTracker.Core.Commands;

/// <summary><c>@maria</c>, <c>@"Maria Garcia"</c> or <c>maria@contoso.com</c>: resolved through the directory port.</summary>
public sealed record NamedPerson(string Name) : PersonSpec;
