import Testing
@testable import RuleEngine

/// Bad programs get a located message, and the environment keeps going.
@Suite struct ErrorLocationTests {
    @Test func unknownFunctionIsLocatedAtItsName() throws {
        let run = runEngine("(printout t \"a\" crlf)\n  (frobnicate 1 2)\n(printout t \"b\" crlf)\n", file: "bad.clp")
        let e = try #require(run.errors.first)
        #expect(e.location == SourceLocation(file: "bad.clp", line: 2, column: 4))
        #expect(e.message.contains("unknown function 'frobnicate'"))
        #expect(e.description.contains("  (frobnicate 1 2)\n   ^"))
        #expect(run.stdout == "a\nb\n", "the next command still runs")
    }

    /// CLIPS says so and goes on: the other facts are retracted and the rule's actions continue.
    /// A missing fact is still said when a later argument is an error that stops the call.
    @Test func retractingAFactThatIsNotThereIsSaidButNotFatal() throws {
        let run = runEngine("""
            (assert (a))
            (defrule r => (retract 9 1) (printout t "after" crlf))
            (run)
            (facts)
            (load-facts "/nonexistent/facts.txt")
            (retract 98 foo)
            """, file: "r.clp")
        #expect(run.errors.map(\.message) == ["retract: there is no fact f-9", "load-facts: cannot open file /nonexistent/facts.txt",
                                              "retract: there is no fact f-98", "retract: expected a fact address or index, got foo"])
        #expect(run.errors.map(\.location) == [SourceLocation(file: "r.clp", line: 2, column: 15),
                                               SourceLocation(file: "r.clp", line: 5, column: 1),
                                               SourceLocation(file: "r.clp", line: 6, column: 1),
                                               SourceLocation(file: "r.clp", line: 6, column: 1)])
        #expect(run.stdout == "after\nf-0     (initial-fact)\nFor a total of 1 fact.\n")
    }

    /// The argument is a fact index or address, as for `retract`; anything else, or a fact
    /// that is not there, is named with where it was asked.
    @Test func dependenciesOfAFactThatIsNotThereIsLocated() throws {
        let run = runEngine("(assert (a))\n(dependencies 7)\n(dependents foo)\n(dependents 1)\n", file: "d.clp")
        #expect(run.errors.map(\.message) == ["dependencies: there is no fact f-7", "dependents: expected a fact address or index, got foo"])
        #expect(run.errors.map { $0.location?.line } == [2, 3])
        #expect(run.stdout == "None\n", "the next command still runs")
    }

    /// Where CLIPS reports a domain error or a singularity, the call is an error with what the
    /// argument must be, not a NaN or an infinity printed as a number.
    @Test func aMathFunctionOutsideItsDomainIsAnError() throws {
        let run = runEngine("""
            (printout t (sqrt -1) crlf)
            (printout t (log 0) crlf)
            (printout t (acos 2) crlf)
            (printout t (cot 0) crlf)
            (printout t (** -8 0.5) crlf)
            (printout t (** 0 -1) crlf)
            (printout t (acosh 1) " " (exp 1000) crlf)
            """, file: "m.clp")
        #expect(run.errors.map(\.message) == [
            "sqrt: argument 1 must be 0 or more, got -1", "log: argument 1 must be more than 0, got 0",
            "acos: argument 1 must be from -1 to 1, got 2", "cot: argument 1 must be other than 0, got 0",
            "**: a negative number has no real power 0.5", "**: 0 has no negative power",
        ])
        #expect(run.errors.map { $0.location?.line } == [1, 2, 3, 4, 5, 6])
        #expect(run.stdout == "0.0 inf.0\n", "an overflow is still infinity, as in CLIPS")
    }

    /// A construct that is not there, names given to an item that takes none, and COOL's
    /// items are each refused with what was expected; the names before a wrong one are listed.
    @Test func watchingWhatCannotBeWatchedIsAnError() throws {
        let run = runEngine("""
            (deftemplate u (slot y))
            (watch facts u nosuch)
            (watch compilations u)
            (watch instances)
            (unwatch frobs)
            (list-watch-items facts u nosuch)
            (list-watch-items focus)
            """, file: "w.clp")
        #expect(run.errors.map(\.message) == [
            "watch: there is no deftemplate named nosuch", "watch: compilations takes no construct names",
            "watch: instances belong to COOL, CLIPS's object system, which this engine does not have",
            "unwatch: unknown item 'frobs' (expected one of facts, rules, activations, deffunctions, compilations, statistics, globals, focus, all)",
            "list-watch-items: there is no deftemplate named nosuch",
        ])
        #expect(run.errors.map { $0.location?.line } == [2, 3, 4, 5, 6])
        #expect(run.stdout == "facts = off\nu = off\nfocus = off\n", "a failed watch changes nothing")
    }

    /// As in CLIPS, a dynamic salience that is not an integer in range is reported at the rule,
    /// and the activation keeps the salience the rule was defined with.
    @Test func aDynamicSalienceOutOfRangeIsReportedAndTheDefinedOneStands() throws {
        let run = runEngine("""
            (defglobal ?*s* = 5)
            (defrule a (declare (salience ?*s*)) (x) => (printout t "a" crlf))
            (set-salience-evaluation when-activated)
            (bind ?*s* 20000)
            (assert (x))
            (agenda)
            (set-salience-evaluation sometimes)
            """, file: "s.clp")
        #expect(run.errors.map(\.message) == [
            "the salience of a must be an integer from -10000 to 10000, got 20000",
            "set-salience-evaluation: unknown behaviour 'sometimes' (expected when-defined, when-activated, every-cycle)",
        ])
        #expect(run.errors.map { $0.location?.line } == [2, 7])
        #expect(run.stdout == "5      a: f-1\nFor a total of 1 activation.\n")
    }

    /// How many arguments a spliced multifield gives is known only when the call runs: too few
    /// or too many for a deffunction or a built-in is then an error at the call (it crashed).
    @Test func splicedArgumentsAreCountedWhenTheCallRuns() throws {
        let run = runEngine("""
            (deffunction f (?a ?b) (+ ?a ?b))
            (printout t (f (expand$ (create$)) 1) crlf)
            (printout t (f (expand$ (create$ 1 2))) " " (length$ (expand$ (create$ a))) crlf)
            (printout t (length$ (expand$ (create$ a b))) crlf)
            (set-sequence-operator-recognition TRUE)
            (deffunction g ($?m) (f $?m))
            (printout t (g 3 4) crlf)
            (printout t (g 3) crlf)
            """, file: "x.clp")
        #expect(run.errors.map(\.message) == [
            "function f expects 2 argument(s), got 1", "function length$ expects 1 argument(s), got 2",
            "function f expects 2 argument(s), got 1",
        ])
        #expect(run.errors.map { $0.location?.line } == [2, 4, 6])
        #expect(run.stdout == "3 1\n7\n")
    }

    /// As in CLIPS, a construct another one uses, or a template with facts in working memory,
    /// stays; the error names who uses it. `*` removes the rest and names what it kept; a
    /// global removed has no value left to read.
    @Test func undefiningAConstructInUseIsRefused() throws {
        let run = runEngine("""
            (defglobal ?*a* = 1 ?*c* = 3)
            (deftemplate t (slot x))
            (deffunction f () ?*a*)
            (deffunction g () (f))
            (defrule r (t (x ?x)) => (assert (t (x (g)))))
            (assert (t (x 0)))
            (undeftemplate t)
            (undeffunction f)
            (undeffunction g)
            (undefglobal a)
            (undefglobal *)
            (undefrule r)
            (undeftemplate t)
            (list-deffunctions)
            (list-defglobals)
            (printout t ?*c* crlf)
            """, file: "u.clp")
        #expect(run.errors.map(\.message) == [
            "undeftemplate: t is used by defrule MAIN::r, so it cannot be deleted",
            "undeffunction: f is used by deffunction MAIN::g, so it cannot be deleted",
            "undeffunction: g is used by defrule MAIN::r, so it cannot be deleted",
            "undefglobal: a is used by deffunction MAIN::f, so it cannot be deleted",
            "undefglobal: a is used by deffunction MAIN::f, so it cannot be deleted",
            "undeftemplate: facts of t are in working memory, so it cannot be deleted",
            "global variable ?*c* is not defined: expected a defglobal before this",
        ])
        #expect(run.errors.map { $0.location?.line } == [7, 8, 9, 10, 11, 13, 16])
        #expect(run.stdout == "f\ng\nFor a total of 2 deffunctions.\na\nFor a total of 1 defglobal.\n", "c went with *")
    }

    /// The arities CLIPS checks when it parses a call: arithmetic, comparisons, `and`, `or`,
    /// `min` and `max` take two arguments or more, `str-cat` and `sym-cat` one or more.
    @Test func callsWithTooFewArgumentsAreRefusedWhenParsed() throws {
        let run = runEngine("(+ 1)\n(> 2)\n(eq a)\n(and TRUE)\n(or)\n(max 3)\n(str-cat)\n(printout t (+ 1 2) crlf)", file: "a.clp")
        #expect(run.errors.map(\.message) == [
            "function + expects at least 2 argument(s), got 1", "function > expects at least 2 argument(s), got 1",
            "function eq expects at least 2 argument(s), got 1", "function and expects at least 2 argument(s), got 1",
            "function or expects at least 2 argument(s), got 0", "function max expects at least 2 argument(s), got 1",
            "function str-cat expects at least 1 argument(s), got 0",
        ])
        #expect(run.errors.map { $0.location?.line } == [1, 2, 3, 4, 5, 6, 7])
        #expect(run.stdout == "3\n")
    }

    /// A constant that is not a number, given to arithmetic, a comparison or a math function,
    /// is refused when the construct is parsed, as CLIPS does: the deffunction is not defined.
    @Test func aConstantOfTheWrongTypeIsRefusedWhenParsed() throws {
        let run = runEngine("(deffunction f (?x) (+ ?x abc))\n(defrule r (a ?x) (test (> \"x\" ?x)) =>)\n(f 1)", file: "t.clp")
        #expect(run.errors.map(\.message) == [
            "+: argument 2 must be a number, got abc", ">: argument 1 must be a number, got \"x\"",
            "unknown function 'f': expected a built-in function or a deffunction",
        ])
        #expect(run.errors.map(\.location) == [SourceLocation(file: "t.clp", line: 1, column: 27),
                                               SourceLocation(file: "t.clp", line: 2, column: 28),
                                               SourceLocation(file: "t.clp", line: 3, column: 2)])
    }

    /// A built-in's result is checked as a constant is, by what the built-in returns; a variable,
    /// a deffunction's result and arguments after a spliced one are checked when the call runs.
    @Test func aBuiltinsResultOfTheWrongTypeIsRefusedWhenParsed() throws {
        let run = runEngine("""
            (deffunction f (?x) (str-length (+ ?x 1)))
            (deffunction g (?x) (nth$ 1 (printout t ?x)))
            (deffunction h (?x) (str-length ?x))
            (deffunction k (?x) (str-length (h ?x)))
            (deffunction m ($?x) (sub-string (expand$ ?x) 3))
            (printout t (h abc) " " (k 4) crlf)
            """, file: "r.clp")
        #expect(run.errors.map(\.message) == [
            "str-length: argument 1 must be a symbol or string, got (+ ...), which returns a number",
            "nth$: argument 2 must be a multifield, got (printout), which returns nothing",
            "str-length: argument 1 must be a symbol or string, got 4",
        ])
        #expect(run.errors.map { $0.location.map { [$0.line, $0.column] } } == [[1, 33], [2, 29], [3, 21]])
        #expect(run.stdout == "3 ")
    }

    /// A fact or pattern names its template as the module sees it; `MODULE::name` there is
    /// refused, as CLIPS refuses it, in `assert`, `assert-string`, deffacts and rules alike.
    @Test func aModuleSpecifierCannotStartAFactOrPattern() throws {
        let run = runEngine("""
            (defmodule A (export ?ALL))
            (deftemplate A::q (slot x))
            (defmodule MAIN (import A ?ALL))
            (assert (A::q (x 1)))
            (deffacts MAIN::d (A::q (x 2)))
            (defrule MAIN::r (A::q (x ?x)) =>)
            (assert-string "(A::q (x 3))")
            (assert (q (x 4)))
            (printout t (length$ (get-fact-list)) " " (get-deffacts-list) " " (get-defrule-list) crlf)
            """, file: "m.clp")
        let refusal = "illegal use of the module specifier in 'A::q': a fact or pattern names its template without 'MODULE::'"
        #expect(run.errors.map(\.message) == Array(repeating: refusal, count: 4))
        #expect(run.errors.map { $0.location.map { [$0.line, $0.column] } } == [[4, 10], [5, 20], [6, 19], [1, 2]])
        #expect(run.stdout == "2 (initial-fact) ()\n")
    }

    /// As in CLIPS, code may name a global only once it is defined, in its own module or one
    /// it imports it from; a `defglobal`'s later globals may use its earlier ones.
    @Test func aGlobalMustBeDefinedAndVisibleWhereItIsNamed() throws {
        let run = runEngine("""
            (defmodule A (export defglobal ?ALL))
            (defglobal A ?*shared* = 1)
            (defmodule B)
            (defglobal B ?*own* = 2)
            (defmodule MAIN (import A defglobal ?ALL))
            (deffunction MAIN::f () (+ ?*shared* 1))
            (deffunction MAIN::g () ?*own*)
            (defglobal MAIN ?*x* = 3 ?*y* = (* ?*x* 2))
            (printout t (f) " " ?*y* crlf)
            (bind ?*later* 4)
            """, file: "g.clp")
        #expect(run.errors.map(\.message) == [
            "global variable ?*own* is not defined in a module MAIN imports it from: expected a defglobal before this",
            "global variable ?*later* is not defined: expected a defglobal before this",
        ])
        #expect(run.errors.map { $0.location?.line } == [7, 10])
        #expect(run.stdout == "2 6\n")
    }

    /// CLIPS corrupts its own memory on such a width; we refuse it and go on.
    @Test func aHugeFormatWidthIsRefusedInsteadOfFillingMemory() throws {
        let run = runEngine("(printout t (format nil \"%-99999999999s|\" a) crlf)\n(printout t (format nil \"%-3s|\" a) crlf)", file: "f.clp")
        #expect(run.errors.map(\.message) == ["format: directive %-99999999999s asks for more than 10000 characters"])
        #expect(run.stdout == "a  |\n")
    }

    @Test func anExportOfAllFollowedByNamesIsRefused() throws {
        let run = runEngine("(defmodule A (export ?ALL foo))\n(defmodule B (export ?ALL))", file: "m.clp")
        let e = try #require(run.errors.first)
        #expect(run.errors.count == 1)
        #expect(e.location == SourceLocation(file: "m.clp", line: 1, column: 14))
        #expect(e.message.contains("expected ?ALL, ?NONE, or a construct kind"))
    }

    @Test func unclosedParenthesisPointsAtTheOpeningOne() throws {
        let run = runEngine("(defrule r\n  (a ?x)\n  =>\n  (printout t ?x crlf)\n", file: "open.clp")
        let e = try #require(run.errors.first)
        #expect(e.location?.line == 1)
        #expect(e.location?.column == 1)
        #expect(e.message.contains("never closed"))
    }

    @Test func undefinedVariableOnTheRightHandSide() throws {
        let run = runEngine("(defrule r (a ?x) => (printout t ?y crlf))", file: "v.clp")
        let e = try #require(run.errors.first)
        #expect(e.message.contains("undefined variable ?y"))
        #expect(e.location?.column == 34)
    }

    @Test func unknownSlotNamesTheSlotsThatExist() throws {
        let run = runEngine("(deftemplate p (slot name) (slot age))\n(assert (p (nmae x)))", file: "s.clp")
        let e = try #require(run.errors.first)
        #expect(e.location?.line == 2)
        #expect(e.message.contains("no slot 'nmae'"))
        #expect(e.message.contains("name, age"))
    }

    @Test func constraintViolationOnAssert() throws {
        let run = runEngine("(deftemplate p (slot age (type INTEGER) (range 0 120)))\n(assert (p (age 200)))\n(assert (p (age x)))", file: "c.clp")
        #expect(run.errors.count == 2)
        #expect(run.errors[0].message.contains("above the range"))
        #expect(run.errors[1].message.contains("type SYMBOL is not allowed"))
    }

    /// Constants are checked when the code is compiled, so a rule asserting one that breaks a
    /// constraint is refused. Computed values are checked only under dynamic constraint
    /// checking, and then, as in CLIPS, after the fact is asserted: the rule stops there.
    @Test func computedValuesAreCheckedOnlyWhenAsked() throws {
        let run = runEngine("""
            (deftemplate a (slot x (type INTEGER)) (multislot m (cardinality 0 1)))
            (defrule literal (go ?v) => (assert (a (m 1 2))))
            (defrule computed (go ?v) => (assert (a (x ?v))) (printout t "after " ?v crlf))
            (assert (go abc))
            (run)
            (set-dynamic-constraint-checking TRUE)
            (assert (go def))
            (run)
            (facts)
            """, file: "d.clp")
        #expect(run.errors.map(\.message) == [
            "slot m of a: takes at most 1 field, got 2", "slot x of a: type SYMBOL is not allowed (allowed: INTEGER)",
        ])
        #expect(run.errors.map { $0.location?.line } == [2, 3])
        #expect(run.stdout == """
            after abc
            f-0     (initial-fact)
            f-1     (go abc)
            f-2     (a (x abc) (m))
            f-3     (go def)
            f-4     (a (x def) (m))
            For a total of 5 facts.

            """)
    }

    /// NUMBER and LEXEME stand for two types each, ?VARIABLE for any; every refusal names the
    /// value's type and the allowed ones.
    @Test func typeConstraintsByKind() throws {
        let run = runEngine("""
            (deftemplate p (slot n (type NUMBER)) (slot l (type LEXEME)) (slot a (type ?VARIABLE)) (slot i (type INTEGER SYMBOL)))
            (assert (p (n 1) (l x) (a 2.5) (i 3)))
            (assert (p (n 1.5) (l "s") (a "t") (i y)))
            (assert (p (n x)))
            (assert (p (l 3)))
            (assert (p (i 2.0)))
            (facts)
            """, file: "k.clp")
        #expect(run.errors.map(\.location?.line) == [4, 5, 6])
        #expect(run.errors.map(\.message).allSatisfy { $0.contains("is not allowed (allowed: ") })
        #expect(run.errors.first?.message.contains("type SYMBOL is not allowed (allowed: NUMBER)") == true)
        #expect(run.errors.last?.message.contains("type FLOAT is not allowed (allowed: INTEGER SYMBOL)") == true)
        #expect(run.stdout.contains("For a total of 3 facts."))
    }

    @Test func runtimeErrorInRuleIsLocated() throws {
        let run = runEngine("(defrule r (a ?x) => (printout t (/ 1 ?x) crlf))\n(assert (a 0))\n(run)\n(printout t \"after\" crlf)", file: "r.clp")
        let e = try #require(run.errors.first)
        #expect(e.message.contains("division by zero"))
        #expect(e.location?.line == 1)
        #expect(run.stdout.hasSuffix("after\n"))
    }
}
