#include "backend/portal/portalserver.h"

#include <httplib.h>

#include <atomic>
#include <charconv>
#include <chrono>
#include <iostream>
#include <stdexcept>
#include <thread>

#include "backend/logic/logicerror.h"
#include "backend/portal/portalhtml.h"
#include "backend/portal/portaljson.h"
#include "backend/portal/portalquery.h"
#include "backend/portal/ratelimiter.h"
#include "backend/store/store.h"

namespace fc::server::portal {
namespace {

constexpr const char *kHtml = "text/html; charset=utf-8";
constexpr const char *kJson = "application/json; charset=utf-8";

bool wantsJson(const httplib::Request &req) { return req.path.rfind("/api/", 0) == 0; }

void commonHeaders(httplib::Response &res) {
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("Referrer-Policy", "no-referrer");
    res.set_header("X-Frame-Options", "DENY");
    res.set_header("Content-Security-Policy",
                   "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; "
                   "frame-ancestors 'none'");
}

}  // namespace

struct PortalServer::Impl {
    Impl(const PublicRecords &records, const PortalOptions &options)
        : records(records), options(options), limiter(options.ratePerSecond, options.burst) {}

    void fail(const httplib::Request &req, httplib::Response &res, int status, const std::string &message) {
        res.status = status;
        res.set_header("Cache-Control", "no-store");
        if (wantsJson(req)) {
            res.set_content(errorJson(status, message), kJson);
        } else {
            res.set_content(errorHtml(status, message, options.agency), kHtml);
        }
    }

    // Runs a route's handler: its body is the page or the JSON; any refusal becomes the
    // matching status with a message, never a half-written answer.
    template <typename F>
    void serve(const httplib::Request &req, httplib::Response &res, F &&render) {
        try {
            res.set_content(render(), wantsJson(req) ? kJson : kHtml);
            res.status = 200;
            // Public data that changes at most a few times a day; a withdrawal shows within minutes.
            res.set_header("Cache-Control", "public, max-age=60");
        } catch (const PortalError &e) {
            fail(req, res, e.status(), e.what());
        } catch (const LogicError &e) {
            fail(req, res, e.code() == LogicError::Code::NotFound ? 404 : 400, e.what());
        } catch (const StoreError &e) {
            std::cerr << "portal: " << req.path << ": " << e.what() << std::endl;
            fail(req, res, 503, "服务暂时繁忙，请稍后再试");
        }
    }

    void routes() {
        http.set_pre_routing_handler([this](const httplib::Request &req, httplib::Response &res) {
            commonHeaders(res);
            int retryAfter = 1;
            if (limiter.allow(req.remote_addr, retryAfter)) return httplib::Server::HandlerResponse::Unhandled;
            res.set_header("Retry-After", std::to_string(retryAfter));
            fail(req, res, 429, "请求过于频繁，请 " + std::to_string(retryAfter) + " 秒后再试");
            return httplib::Server::HandlerResponse::Handled;
        });
        http.set_exception_handler([this](const httplib::Request &req, httplib::Response &res, std::exception_ptr) {
            std::cerr << "portal: unexpected failure at " << req.path << std::endl;
            fail(req, res, 500, "服务内部错误，请稍后再试");
        });

        const auto search = [this](const httplib::Request &req, bool json) {
            const auto query = decisionQuery(req.params, records.violationTypes());
            const auto page = records.search(query);
            return json ? decisionPageJson(page) : searchHtml(query, page, records.violationTypes(), options.agency);
        };
        const auto decision = [this](const httplib::Request &req, bool json) {
            const std::string id = req.matches[1];
            if (!req.params.empty()) throw PortalError(400, "该页面不接受查询参数");
            const auto record = looksLikeCaseId(id) ? records.decision(id) : std::nullopt;
            if (!record) throw PortalError(404, "没有这条公示记录，或已过公示期");
            return json ? decisionJson(*record) : decisionHtml(*record, options.agency);
        };
        const auto enterprise = [this](const httplib::Request &req, bool json) {
            if (!req.params.empty()) throw PortalError(400, "该页面不接受查询参数");
            const auto record = records.enterprise(creditCodeParam(req.matches[1].str()));
            if (!record) throw PortalError(404, "本局企业名录中没有这个统一社会信用代码");
            return json ? enterpriseJson(*record) : enterpriseHtml(*record, options.agency);
        };
        const auto blacklist = [this](const httplib::Request &req, bool json) {
            const auto p = paging(req.params);
            const auto page = records.blacklist(p.page, p.pageSize);
            return json ? blacklistJson(page) : blacklistHtml(page, options.agency);
        };
        const auto both = [this](const std::string &path, auto handler) {
            http.Get(path, [this, handler](const httplib::Request &req, httplib::Response &res) {
                serve(req, res, [&] { return handler(req, false); });
            });
            http.Get("/api/v1" + (path == "/" ? std::string("/decisions") : path),
                     [this, handler](const httplib::Request &req, httplib::Response &res) {
                         serve(req, res, [&] { return handler(req, true); });
                     });
        };
        both("/", search);
        both(R"(/decisions/([^/]+))", decision);
        both(R"(/enterprises/([^/]+))", enterprise);
        both("/blacklist", blacklist);
        http.Get("/healthz", [](const httplib::Request &, httplib::Response &res) {
            res.set_header("Cache-Control", "no-store");
            res.set_content("ok\n", "text/plain; charset=utf-8");
        });
        http.Get(".*", [this](const httplib::Request &req, httplib::Response &res) {
            fail(req, res, 404, "没有这个页面");
        });
    }

    const PublicRecords &records;
    PortalOptions options;
    RateLimiter limiter;
    httplib::Server http;
    std::thread thread;
    std::atomic<bool> listenEnded{false};
    int port = 0;
};

PortalServer::PortalServer(const PublicRecords &records, const PortalOptions &options)
    : impl_(std::make_unique<Impl>(records, options)) {
    auto &http = impl_->http;
    const auto threads = static_cast<std::size_t>(std::max(2, options.threads));
    http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
    http.set_read_timeout(5, 0);
    http.set_write_timeout(5, 0);
    http.set_tcp_nodelay(true);  // small answers: no Nagle delay waiting on the delayed ACK
    http.set_keep_alive_max_count(100);
    http.set_keep_alive_timeout(5);
    http.set_payload_max_length(4096);
    impl_->routes();

    const auto colon = options.listenAddress.rfind(':');
    int wanted = -1;
    if (colon != std::string::npos) {
        const auto port = std::string_view(options.listenAddress).substr(colon + 1);
        const auto [end, error] = std::from_chars(port.data(), port.data() + port.size(), wanted);
        if (error != std::errc() || end != port.data() + port.size() || wanted > 65535) wanted = -1;
    }
    if (colon == 0 || wanted < 0) {
        throw std::runtime_error("the portal address must be HOST:PORT (port 0 picks one): " + options.listenAddress);
    }
    const auto host = options.listenAddress.substr(0, colon);
    if (wanted == 0) {
        impl_->port = http.bind_to_any_port(host);
    } else if (http.bind_to_port(host, wanted)) {
        impl_->port = wanted;
    }
    if (impl_->port <= 0) throw std::runtime_error("the portal cannot listen on " + options.listenAddress);
    impl_->thread = std::thread([this] {
        impl_->http.listen_after_bind();
        impl_->listenEnded = true;
    });
    // stop() before the accept loop runs would be lost: wait until it does.
    while (!impl_->http.is_running() && !impl_->listenEnded) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    if (!impl_->http.is_running()) {
        impl_->thread.join();
        throw std::runtime_error("the portal cannot serve on " + options.listenAddress);
    }
}

PortalServer::~PortalServer() { stop(); }

int PortalServer::port() const { return impl_->port; }

void PortalServer::stop() {
    if (impl_ && impl_->thread.joinable()) {
        impl_->http.stop();
        impl_->thread.join();
    }
}

}  // namespace fc::server::portal
