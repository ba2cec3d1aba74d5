using Reproducible.Tool;

var parsed = Cli.Create().Parse(args);
var exitCode = parsed.Invoke();
return parsed.Errors.Count > 0 ? 2 : exitCode;
