import ArgumentParser
import Foundation
import TimelineKit

/// The I/O around the library: read the inputs, report each unreadable one
/// on one line of stderr, run the pipeline, write outputs atomically.
enum Runner {
    /// Loads every input; failures are printed and counted, the rest go on;
    /// warnings are printed. When no input could be read at all, says so and
    /// exits with status 1 before anything is written.
    static func load(_ paths: [String], maxDocumentSize: Int = DocumentLoader.defaultMaxDocumentSize) throws
        -> (documents: [Document], failures: Int)
    {
        var documents = [Document]()
        let failures = stream(paths, maxDocumentSize: maxDocumentSize) { documents.append($0) }
        if documents.isEmpty {
            let message = failures == 1 ? "the input could not be read" : "none of the \(failures) inputs could be read"
            FileHandle.standardError.write(Data("timeline: \(message); nothing written\n".utf8))
            throw ExitCode(1)
        }
        for i in documents.indices { documents[i].id = "d\(i + 1)" }
        return (documents, failures)
    }

    /// Reads every input, handing each document to `body` as it is read (a
    /// web archive record by record); failures are printed and counted,
    /// warnings printed.
    static func stream(_ paths: [String], maxDocumentSize: Int = DocumentLoader.defaultMaxDocumentSize,
                       _ body: (Document) -> Void) -> Int {
        let loader = DocumentLoader(maxDocumentSize: maxDocumentSize)
        let (files, errors) = loader.inputs(for: paths)
        var failures = errors.count
        errors.forEach(report)
        for file in files {
            if file == "-" {
                // Read one byte past the limit, so a larger input is refused without reading it all.
                let bytes = Array(FileHandle.standardInput.readData(ofLength: maxDocumentSize + 1))
                do {
                    let result = try loader.load(bytes, path: "<stdin>")
                    result.documents.forEach(body)
                    failures += result.errors.count
                    result.errors.forEach(report)
                    result.warnings.forEach(warn)
                } catch {
                    report(error)
                    failures += 1
                }
                continue
            }
            loader.load(contentsOf: file, { item in
                switch item {
                case .success(let document): body(document)
                case .failure(let error):
                    report(error)
                    failures += 1
                }
            }, warning: warn)
        }
        return failures
    }

    /// Runs the pipeline and prints what it warns of (sentences too long for events).
    static func run(_ documents: consuming [Document], options: PipelineOptions) -> PipelineResult {
        let result = Pipeline(options: options).run(consume documents)
        result.documents.flatMap(\.warnings).forEach(warn)
        return result
    }

    /// Loads, runs the pipeline and filters: what every rendering command starts with.
    static func timeline(_ options: InputOptions) throws -> (Timeline, failures: Int) {
        let timeline = try {
            let (result, failures) = try self.result(options)
            return (options.filter.apply(to: result.timeline), failures)
        }()
        // The documents' analyses are gone: their memory goes back to the system before rendering.
        Pipeline.releaseFreedMemory()
        return timeline
    }

    /// Loads and runs the pipeline, unfiltered.
    static func result(_ options: InputOptions) throws -> (PipelineResult, failures: Int) {
        if let store = options.store {
            let records: [DocumentRecord]
            do {
                records = try RecordStore(path: store, create: false).records()
            } catch {
                report(error)
                throw ExitCode(1)
            }
            if records.isEmpty {
                FileHandle.standardError.write(Data("timeline: \(store): the store holds no document; nothing written\n".utf8))
                throw ExitCode(1)
            }
            let result = Pipeline().run(records: records)
            result.documents.flatMap(\.warnings).forEach(warn)
            return (result, 0)
        }
        let (documents, failures) = try load(options.paths, maxDocumentSize: options.maxDocumentBytes)
        return (run(consume documents, options: options.pipelineOptions), failures)
    }

    static func report(_ error: TimelineError) {
        FileHandle.standardError.write(Data(("timeline: " + error.description + "\n").utf8))
    }

    static func warn(_ warning: TimelineWarning) {
        FileHandle.standardError.write(Data(("timeline: " + warning.description + "\n").utf8))
    }

    /// Writes to `path`, or to stdout when nil.
    static func emit(_ text: String, to path: String?) throws {
        if let path {
            do { try OutputFile.write(text, to: path) } catch {
                report(error)
                throw ExitCode(2)
            }
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }

    /// What every rendering command does: load and run the pipeline, render
    /// with `body`, write to `output` (or stdout), and exit non-zero when an
    /// input failed or rendering did.
    static func render(_ input: InputOptions, to output: String?, _ body: (Timeline) throws -> String) throws {
        let (timeline, failures) = try Runner.timeline(input)
        do {
            try emit(try body(timeline), to: output)
        } catch let error as TimelineError {
            report(error)
            throw ExitCode(2)
        }
        try finish(failures: failures)
    }

    /// Runs a command body that reads or writes files: a `TimelineError` is
    /// printed on one line and the command exits with status 1.
    static func reporting(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as TimelineError {
            report(error)
            throw ExitCode(1)
        }
    }

    /// Exit non-zero when any input failed, after the outputs were written.
    static func finish(failures: Int) throws {
        if failures > 0 { throw ExitCode(1) }
    }
}
