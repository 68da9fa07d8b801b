// The transfer work queue: everything posted runs, also what is still queued when the
// queue goes away, and its threads run work side by side.
#include <gtest/gtest.h>

#include <atomic>
#include <condition_variable>
#include <mutex>

#include "backend/services/workqueue.h"

namespace fc::test {
namespace {

TEST(WorkQueue, WorkStillQueuedAtDestructionRuns) {
    std::atomic<int> ran{0};
    {
        server::WorkQueue queue(2);
        for (int i = 0; i < 200; ++i) queue.post([&] { ++ran; });
    }
    EXPECT_EQ(ran.load(), 200);
}

TEST(WorkQueue, ThreadsRunWorkSideBySide) {
    // Each of three tasks waits until all three have started: only three threads at once
    // can finish them (bounded wait, so a regression fails instead of hanging).
    std::mutex mutex;
    std::condition_variable allStarted;
    int started = 0;
    std::atomic<int> sawAll{0};
    {
        server::WorkQueue queue(3);
        for (int i = 0; i < 3; ++i) {
            queue.post([&] {
                std::unique_lock lock(mutex);
                ++started;
                allStarted.notify_all();
                if (allStarted.wait_for(lock, std::chrono::seconds(10), [&] { return started == 3; })) ++sawAll;
            });
        }
    }
    EXPECT_EQ(sawAll.load(), 3);
}

}  // namespace
}  // namespace fc::test
