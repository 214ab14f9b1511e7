import Testing
@testable import timeline

@Test func commandNameIsTimeline() {
    #expect(TimelineCommand.configuration.commandName == "timeline")
}
