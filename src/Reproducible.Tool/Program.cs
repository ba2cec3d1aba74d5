using Reproducible.Tool;

return Cli.Create().Parse(args).Invoke();
