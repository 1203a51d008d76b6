import Testing
@testable import RuleEngine

/// The reader, parser and compiler must survive anything: 10,000 generated and mutated inputs,
/// none of which may crash or hang.
@Suite struct FuzzTests {
    static let seeds = [
        "(defrule r (a ?x&:(> ?x 1)) (not (b ?x)) => (assert (c ?x)) (printout t ?x crlf))",
        "(deftemplate p (slot a (type INTEGER) (range 0 9)) (multislot b))",
        "(deffacts d (a 1) (p (a 2) (b x y)))",
        "(deffunction f (?x $?r) (if (> ?x 0) then (f (- ?x 1)) else (create$ ?r)))",
        "(defrule s (declare (salience 5)) ?f <- (p (a ?a) (b $? ?y $?)) (exists (a ?a)) => (modify ?f (a 3)))",
        "(assert (a \"str\\\"ing\" 1.5e3 sym)) (run 5) (facts)",
        "(defrule o (or (a ?x) (b ?x)) (forall (c ?x) (d ?x)) => (bind ?y (str-cat ?x)) (while (< 1 0) do (break)))",
    ]
    static let alphabet = Array("()?$&|~:=<-\"\\; \n\tabcxyz019.e+*")

    /// A small deterministic generator, so a failure can be reproduced from its index.
    struct Rng {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(max(n, 1)))
        }
    }

    static func mutate(_ s: String, _ rng: inout Rng) -> String {
        var chars = Array(s)
        for _ in 0...rng.next(6) {
            switch rng.next(5) {
            case 0 where !chars.isEmpty: chars.remove(at: rng.next(chars.count))
            case 1: chars.insert(alphabet[rng.next(alphabet.count)], at: rng.next(chars.count + 1))
            case 2 where !chars.isEmpty: chars[rng.next(chars.count)] = alphabet[rng.next(alphabet.count)]
            case 3 where chars.count > 2:
                let a = rng.next(chars.count), b = rng.next(chars.count)
                chars = Array(chars[..<min(a, b)]) + Array(chars[max(a, b)...])
            default:
                chars += Array(seeds[rng.next(seeds.count)].prefix(rng.next(40)))
            }
        }
        return String(chars)
    }

    @Test func tenThousandInputsNeitherCrashNorHang() {
        var rng = Rng(state: 0x5EED)
        var inputs: [String] = []
        for i in 0..<10_000 {
            switch i % 10 {
            case 0: inputs.append(String(repeating: "(", count: rng.next(5000)))
            case 1: inputs.append(String((0..<rng.next(200)).map { _ in Character(UnicodeScalar(UInt8(rng.next(256)))) }))
            default: inputs.append(Self.mutate(Self.seeds[rng.next(Self.seeds.count)], &rng))
            }
        }
        var ran = 0
        // Batches keep the per-thread overhead small; each batch gets a fresh environment.
        for batch in stride(from: 0, to: inputs.count, by: 100) {
            for text in inputs[batch..<min(batch + 100, inputs.count)] {
                _ = runEngine(text, input: "", maxFirings: 1000, stepBudget: 10_000)
                ran += 1
            }
        }
        #expect(ran == 10_000)
    }

    /// Control characters other than whitespace once stopped the lexer from advancing.
    @Test func controlCharactersSeparateTokensInsteadOfHanging() {
        let run = runEngine("(printout t a\u{1c}b crlf)\u{01}\n(printout t \"done\" crlf)", stepBudget: 1000)
        #expect(run.stdout == "ab\ndone\n")
    }
}
