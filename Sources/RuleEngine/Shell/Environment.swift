import Foundation

/// A CLIPS environment as the shell sees it: one growing program and one session running it.
/// Top-level forms are constructs (compiled into the rule base) or commands (evaluated).
public final class Environment {
    public internal(set) var session: Session
    /// Set by `(exit)`.
    public private(set) var exitRequested = false
    /// Called with every error, already located and formatted.
    public var reportError: (EngineError) -> Void
    /// Files being loaded, innermost last, for error messages.
    /// Nesting of `load` commands; constructs announce themselves only while loading.
    var loadDepth = 0
    /// Batch files waiting for the one running to end, and whether one is running.
    var queuedBatches: [(text: String, file: String, echo: Bool)] = []
    var isRunningBatches = false
    /// Set while `load*` runs: nothing is announced.
    var loadsQuietly = false
    /// Whether `load` has printed progress characters that need a closing newline.
    var progressPrinted = false
    var topLevelVariables = TopLevelVariables()
    /// The text the running top-level form came from, for the line under an error's caret.
    private var runningText: Lexer?
    /// The `dribble-on` file, and the output the session had before the transcript began.
    var dribble: (file: FileHandle, screen: (String) -> Void)?

    public init(io: SessionIO = SessionIO(), reportError: ((EngineError) -> Void)? = nil) {
        session = Session(ruleBase: RuleBase(), io: io)
        let write = io.write
        let show = reportError ?? { e in write(e.description + "\n") }
        self.reportError = show
        // Once `self` exists: error messages go to the transcript too, as CLIPS's do.
        self.reportError = { [unowned self] e in
            transcribe(e.description + "\n")
            show(e)
        }
        session.environment = self
        try? session.reset()
    }

    public var ruleBase: RuleBase { session.ruleBase }

    /// Reports an error raised, or met and gone on from, while a top-level form runs, with the
    /// line it points at when that is in the form's text.
    func report(_ error: EngineError) {
        var e = error
        if e.sourceLine == nil, let loc = e.location, let text = runningText, loc.file == text.file {
            e.sourceLine = text.sourceLine(loc.line)
        }
        reportError(e)
    }

    // MARK: running text

    /// Runs every form in `text` as the top level would. Errors are reported and the next form
    /// runs; nothing thrown escapes.
    /// - Parameters:
    ///   - echo: print each form before running it, as `clips -f` does.
    ///   - oneCommandPerLine: ignore the rest of the line after each form, as CLIPS does when it
    ///     reads a batch file.
    ///   - read: called with each form before it runs, for a caller that keeps the forms too
    ///     and so need not parse the text a second time.
    public func run(_ text: String, file: String, echo: Bool = false, printResults: Bool = false, prompt: String = "CLIPS> ",
                    oneCommandPerLine: Bool = false, read: (SExpr) -> Void = { _ in }) {
        var reader = Reader(text, file: file)
        while !exitRequested {
            let start = reader.lexer.offset
            let form: SExpr?
            do {
                form = try reader.read()
            } catch let e as EngineError {
                reportError(e)
                return
            } catch {
                return
            }
            guard let form else { return }
            read(form)
            let source = reader.lexer.trimmedText(from: start, to: reader.lexer.offset)
            if echo { session.io.write(prompt + source + "\n") }
            execute(form, source: source, reader: reader, printResult: printResults)
            if oneCommandPerLine { _ = reader.lexer.restOfLine() }
        }
    }

    /// Runs a batch file's text as `clips -f2` (or `-f`, with `echo`) does: one command per
    /// line, and a `(batch FILE)` inside it queued to run after it — so after an `(exit)` in
    /// it, never.
    public func runBatch(_ text: String, file: String, echo: Bool = false) {
        queuedBatches.append((text, file, echo))
        guard !isRunningBatches else { return }
        isRunningBatches = true
        defer { isRunningBatches = false }
        while !exitRequested, !queuedBatches.isEmpty {
            let next = queuedBatches.removeFirst()
            run(next.text, file: next.file, echo: next.echo, printResults: next.echo, oneCommandPerLine: true)
        }
    }

    /// Runs one top-level form. With `printResult`, as CLIPS's command loop does: prints the value
    /// of an expression and keeps the variables it binds for the next command.
    func execute(_ form: SExpr, source: String, reader: Reader, printResult: Bool = false) {
        let outer = runningText
        runningText = reader.lexer
        defer { runningText = outer }
        do {
            if let v = try evaluateTopLevel(form, source: source, inCommandLoop: printResult), printResult {
                if v.isVoid { return }
                session.io.write(v.displayText + "\n")
            }
        } catch let e as EngineError {
            report(e)
        } catch ControlFlow.returnValue {
        } catch ControlFlow.breakLoop {
        } catch ControlFlow.exit {
        } catch {
            reportError(EngineError("\(error)", at: form.location))
        }
    }

    /// Interactive use: evaluates one line's forms and prints expression values.
    public func evaluateLine(_ text: String, file: String = "<stdin>") {
        var reader = Reader(text, file: file)
        while !exitRequested {
            let start = reader.lexer.offset
            let form: SExpr?
            do { form = try reader.read() } catch let e as EngineError { reportError(e); return } catch { return }
            guard let form else { return }
            let source = reader.lexer.text(from: start, to: reader.lexer.offset)
            execute(form, source: source, reader: reader, printResult: true)
        }
    }

    /// Whether `text` holds only complete forms, so the shell knows when to stop reading lines.
    public static func isComplete(_ text: String) -> Bool {
        var depth = 0, inString = false, escaped = false, inComment = false
        for c in text.utf8 {
            if inComment { if c == 10 { inComment = false }; continue }
            if inString {
                if escaped { escaped = false } else if c == 92 { escaped = true } else if c == 34 { inString = false }
                continue
            }
            switch c {
            case 34: inString = true
            case 59: inComment = true
            case 40: depth += 1
            case 41: depth -= 1
            default: break
            }
        }
        return depth <= 0 && !inString
    }

    func requestExit() { exitRequested = true }

    /// Upper bound on rules fired by one `(run)`, against runaway programs; nil for none.
    public var maxFiringsPerRun: Int? {
        get { session.maxFiringsPerRun }
        set { session.maxFiringsPerRun = newValue }
    }
}
