import LintCommands

// The executable only hands its arguments to the commands and exits with their code.
let code = IndicatorLint.main(arguments: Array(CommandLine.arguments.dropFirst()))
IndicatorLint.exit(code)
