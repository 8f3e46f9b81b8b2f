#pragma once
// Tells ThreadSanitizer of a hand-off between threads that it cannot see. Qt's own code is not
// instrumented: a blocking queued call, QThread::wait() or a queued signal orders nothing for
// it, so what a worker thread wrote and the owner then deletes looks like a data race. The
// thread that hands over calls handOver(token) as its last step; the one that takes over calls
// tookOver(token) once it knows the other is done (the blocking call has returned). Without
// ThreadSanitizer both are nothing.

#if defined(__SANITIZE_THREAD__)
#define WEDSYNC_TSAN 1
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define WEDSYNC_TSAN 1
#endif
#endif

#ifdef WEDSYNC_TSAN
extern "C" void __tsan_acquire(void *addr);
extern "C" void __tsan_release(void *addr);
#endif

namespace wedsync::server::tsan {

inline void handOver([[maybe_unused]] void *token)
{
#ifdef WEDSYNC_TSAN
    __tsan_release(token);
#endif
}

inline void tookOver([[maybe_unused]] void *token)
{
#ifdef WEDSYNC_TSAN
    __tsan_acquire(token);
#endif
}

} // namespace wedsync::server::tsan
