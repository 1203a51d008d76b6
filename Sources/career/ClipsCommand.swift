import ArgumentParser
import Console
import Foundation
import RuleEngine

/// Runs CLIPS programs with the same flags as the `clips` binary.
struct ClipsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clips",
        abstract: "A CLIPS 6.30-compatible shell and batch runner."
    )

    @Option(name: .customShort("f"), help: "Run a batch file, echoing commands, then continue interactively.")
    var batchFile: String?

    @Option(name: .customLong("f2", withSingleDash: true), help: "Run a batch file silently.")
    var silentBatchFile: String?

    @Option(name: .customShort("l"), help: "Load constructs from a file.")
    var loadFile: String?

    @Option(help: "Stop any one (run) after this many rule firings.")
    var maxFirings: Int?

    func run() throws {
        // Deeply recursive programs need more stack than the main thread has. The shell's
        // thread ends the process; the main thread only waits. Not in `dispatchMain`, which on
        // Linux ends the main thread, and valgrind's callgrind, which the benchmarks are
        // measured with, crashes when it does.
        let thread = Thread { [self] in runShell() }
        thread.stackSize = 1 << 29
        thread.start()
        while true { pause() }
    }

    private func runShell() -> Never {
        let shell = ClipsShell(editor: makeLineEditor(historyFile: historyPath("clips_history")), maxFirings: maxFirings)
        installInterruptHandler(shell.environment)
        // In CLIPS's order: -l and -f2 run silently before the command loop starts; the loop
        // prints the banner, then reads -f's batch, echoing it, then the terminal.
        if let loadFile { shell.load(loadFile) }
        if let silentBatchFile { _ = shell.batch(silentBatchFile, echo: false) }
        if !shell.environment.exitRequested {
            shell.printBanner()
            if let batchFile { _ = shell.batch(batchFile, echo: true) }
        }
        if !shell.environment.exitRequested { shell.interact() }
        // End the process with the shell still alive, as CLIPS's `exit` does: taking the network
        // apart token by token would cost a large program a few per cent of its run for nothing.
        withExtendedLifetime(shell) { Foundation.exit(EXIT_SUCCESS) }
    }
}

/// Ctrl-C stops a running program at the next rule firing or loop iteration.
private func installInterruptHandler(_ environment: Environment) {
    signal(SIGINT, SIG_IGN)
    let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
    let flag = environment.session.interrupt
    source.setEventHandler { flag.raise() }
    source.resume()
    retainedSignalSources.append(source)
}

nonisolated(unsafe) private var retainedSignalSources: [any DispatchSourceSignal] = []
