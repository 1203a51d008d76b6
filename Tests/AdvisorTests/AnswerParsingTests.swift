import Advisor
import Testing

@Suite("Typed answers are read the way a person means them")
struct AnswerParsingTests {
    let stage = Question(id: "stage", text: "Which stage?", kind: .single,
                         choices: [.init(value: "early", label: "Early startup"),
                                   .init(value: "scaleup", label: "Scale-up"),
                                   .init(value: "established", label: "Established company"),
                                   .init(value: "enterprise", label: "Enterprise")])

    @Test func choiceByNumberLabelValueOrPrefix() throws {
        #expect(try stage.parse("2") == .choices(["scaleup"]))
        #expect(try stage.parse("SCALE-UP") == .choices(["scaleup"]))
        #expect(try stage.parse("enterprise") == .choices(["enterprise"]))
        #expect(try stage.parse("  ear ") == .choices(["early"]))
        #expect(try stage.parse("est") == .choices(["established"]))
        #expect(try stage.parse("scale up") == .choices(["scaleup"]))
        #expect(try stage.parse("startup") == .choices(["early"]))
        #expect(try stage.parse("company") == .choices(["established"]))
    }

    @Test func ambiguousOrUnknownChoicesSayWhatIsExpected() {
        #expect(throws: AnswerError.self) { try stage.parse("e") }
        do { _ = try stage.parse("e"); Issue.record("accepted an ambiguous prefix") } catch {
            #expect(error.question == "stage")
            #expect(error.message.contains("Early startup") && error.message.contains("Enterprise"))
        }
        do { _ = try stage.parse("7"); Issue.record("accepted 7") } catch {
            #expect(error.message.contains("1 to 4"))
        }
        do { _ = try stage.parse("banana"); Issue.record("accepted banana") } catch {
            #expect(error.message.contains("1 to 4"))
        }
    }

    @Test func multipleChoicesByCommasOrNumbers() throws {
        let multiple = Question(id: "m", text: "", kind: .multiple, choices: stage.choices)
        #expect(try multiple.parse("1, scale, 1") == .choices(["early", "scaleup"]))
        #expect(try multiple.parse("4 3") == .choices(["enterprise", "established"]))
        #expect(throws: AnswerError.self) { try multiple.parse("1, nothing") }
    }

    @Test func yesNoNumbersAndSkips() throws {
        let yesNo = Question(id: "y", text: "", kind: .yesNo)
        #expect(try yesNo.parse("Y") == .choices(["yes"]))
        #expect(try yesNo.parse("no") == .choices(["no"]))
        #expect(throws: AnswerError.self) { try yesNo.parse("maybe") }
        let years = Question(id: "years", text: "", kind: .number, minimum: 0, maximum: 50)
        #expect(try years.parse("7") == .number(7))
        #expect(try years.parse("2.5") == .number(2.5))
        #expect(throws: AnswerError.self) { try years.parse("51") }
        #expect(throws: AnswerError.self) { try years.parse("-1") }
        #expect(throws: AnswerError.self) { try years.parse("seven") }
        #expect(throws: AnswerError.self) { try years.parse("nan") }
        #expect(try years.parse("skip") == .unknown)
        #expect(try stage.parse("?") == .unknown)
        #expect(throws: AnswerError.self) { try stage.parse("   ") }
    }
}
