#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace fc::server {

// A few threads for the blocking part of streaming calls (file writes, fsync, store
// transactions). gRPC's callback threads hand the work over and go back to moving bytes,
// so one upload's fsync does not stall every other upload on the server. Work still queued
// when the queue is destroyed runs first: a reactor waiting on it always gets its answer.
class WorkQueue {
public:
    explicit WorkQueue(unsigned threads);
    ~WorkQueue();
    WorkQueue(const WorkQueue &) = delete;
    WorkQueue &operator=(const WorkQueue &) = delete;

    void post(std::function<void()> work);

private:
    void runThread();

    std::mutex mutex_;
    std::condition_variable wake_;
    std::deque<std::function<void()>> queue_;
    bool stopping_ = false;
    std::vector<std::thread> threads_;
};

}  // namespace fc::server
