import CTerminal
import NIOCore
import NIOPosix

/// Swift's tasks on NIO's event loops, where the HTTP client's I/O already is: no hop between two thread pools per
/// request, and no libdispatch worker pool (with its wake-ups) while idle.
enum EventLoopExecutor {
    /// Installs the event loops as Swift's global executor; true when they run the tasks from now on. Call first.
    @discardableResult
    static func install() -> Bool {
        // One event loop: the tasks, the HTTP client's connections (and the demo's emulator) on one thread, so a
        // request never hops between loops. Rendering has the terminal's own thread; a loop's work is light.
        NIOSingletons.groupLoopCountSuggestion = 1
        if NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor() { return true }
        // A statically linked Swift runtime answers no dlsym for the hook NIO sets: set it through the linker, with
        // what NIO's hook does — the job runs on an event loop of the singleton group (the current one when on one).
        typealias Hook = @convention(thin) (UnownedJob, @convention(thin) (UnownedJob) -> Void) -> Void
        let hook: Hook = { job, _ in
            let loop = MultiThreadedEventLoopGroup.singleton.any()
            loop.execute { job.runSynchronously(on: loop.executor.asUnownedSerialExecutor()) }
        }
        return withUnsafePointer(to: hook) { pointer in
            pointer.withMemoryRebound(to: UnsafeRawPointer.self, capacity: 1) { rd_install_enqueue_global_hook($0.pointee) == 1 }
        }
    }
}
