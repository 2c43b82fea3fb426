import ArgumentParser
import Dashboard
import FoundationEssentials
import TerminalUI

/// `--notify bell,osc777`: a set of alert channels; `none` for none.
struct NotifyChannels: ExpressibleByArgument {
    var channels: Set<NotifyChannel>

    init?(argument: String) {
        var set: Set<NotifyChannel> = []
        for word in argument.split(separator: ",").map({ $0.trimmed() }) where word != "none" {
            guard let c = NotifyChannel(rawValue: word) else { return nil }
            set.insert(c)
        }
        channels = set
    }

    static var allValueStrings: [String] { NotifyChannel.allCases.map(\.rawValue) + ["none"] }
}
