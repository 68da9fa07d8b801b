#include "backend/portal/portalquery.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <set>

#include "domain/creditcode.h"
#include "domain/date.h"
#include "domain/redaction.h"

namespace fc::server::portal {
namespace {

constexpr int kBadRequest = 400;

// The parameters a request may carry; anything else is refused, so that no parameter can
// be mistaken for one the portal would honour.
void onlyKnown(const Params &params, const std::set<std::string, std::less<>> &known) {
    for (auto it = params.begin(); it != params.end(); it = params.upper_bound(it->first)) {
        if (!isValidUtf8(it->first) || !known.count(it->first)) {
            throw PortalError(kBadRequest, "不支持的查询参数：" + (isValidUtf8(it->first) ? it->first : "(无效编码)"));
        }
        if (params.count(it->first) > 1) throw PortalError(kBadRequest, "查询参数重复：" + it->first);
    }
}

std::string text(const Params &params, const std::string &name, const std::string &label) {
    const auto it = params.find(name);
    if (it == params.end()) return {};
    if (!isValidUtf8(it->second)) throw PortalError(kBadRequest, label + "不是有效的 UTF-8 文本");
    if (domain::codePointCount(it->second) > kMaxParamChars) {
        throw PortalError(kBadRequest, label + "过长（最多 " + std::to_string(kMaxParamChars) + " 个字符）");
    }
    for (unsigned char c : it->second) {
        if (c < 0x20 || c == 0x7f) throw PortalError(kBadRequest, label + "含有控制字符");
    }
    return it->second;
}

int number(const Params &params, const std::string &name, const std::string &label, int fallback, int max) {
    const auto value = text(params, name, label);
    if (value.empty()) return fallback;
    int n = 0;
    const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), n);
    if (error != std::errc() || end != value.data() + value.size() || n < 1 || n > max) {
        throw PortalError(kBadRequest, label + "应为 1 到 " + std::to_string(max) + " 之间的整数");
    }
    return n;
}

std::optional<domain::Date> date(const Params &params, const std::string &name, const std::string &label) {
    const auto value = text(params, name, label);
    if (value.empty()) return std::nullopt;
    const auto parsed = domain::parseIsoDate(value);
    if (!parsed || value.size() != 10) throw PortalError(kBadRequest, label + "应为 YYYY-MM-DD 格式的日期");
    return parsed;
}

// Without the spaces a form field picks up around what was typed.
std::string trimmed(std::string value) {
    value.erase(0, value.find_first_not_of(' '));
    value.erase(value.find_last_not_of(' ') + 1);
    return value;
}

Paging pageOf(const Params &params) {
    Paging p;
    p.page = number(params, "page", "页码", 1, PublicRecords::kMaxPage);
    p.pageSize = number(params, "size", "每页条数", 20, PublicRecords::kMaxPageSize);
    return p;
}

}  // namespace

bool isValidUtf8(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t n = 0;
        std::uint32_t cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if (c >= 0xc2 && c <= 0xdf) {
            n = 1, cp = c & 0x1f;
        } else if (c >= 0xe0 && c <= 0xef) {
            n = 2, cp = c & 0x0f;
        } else if (c >= 0xf0 && c <= 0xf4) {
            n = 3, cp = c & 0x07;
        } else {
            return false;
        }
        if (i + n >= s.size()) return false;
        for (std::size_t k = 1; k <= n; ++k) {
            const auto cc = static_cast<unsigned char>(s[i + k]);
            if ((cc & 0xc0) != 0x80) return false;
            cp = (cp << 6) | (cc & 0x3f);
        }
        // Overlong forms, UTF-16 surrogates and code points past U+10FFFF.
        if ((n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10ffff)) || (cp >= 0xd800 && cp <= 0xdfff)) {
            return false;
        }
        i += n + 1;
    }
    return true;
}

PublicRecords::Query decisionQuery(const Params &params, const std::vector<std::string> &violationTypes) {
    onlyKnown(params, {"name", "code", "from", "to", "type", "page", "size"});
    PublicRecords::Query q;
    q.filter.partyName = trimmed(text(params, "name", "当事人名称"));
    // A party's name holds letters, digits and a few marks, never quotes, operators or
    // markup: such a query is a mistake or a probe, and is told so.
    for (char c : q.filter.partyName) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x80 && !std::isalnum(u) && std::string_view(" ()-.&").find(c) == std::string_view::npos) {
            throw PortalError(kBadRequest, std::string("当事人名称含有不允许的字符：") + c);
        }
    }
    if (auto code = trimmed(text(params, "code", "统一社会信用代码")); !code.empty()) {
        // As people type it: surrounding spaces and lower-case letters are forgiven.
        for (auto &c : code) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        q.filter.partyCreditCode = creditCodeParam(code);
    }
    q.filter.decidedFrom = date(params, "from", "起始日期");
    q.filter.decidedTo = date(params, "to", "截止日期");
    if (q.filter.decidedFrom && q.filter.decidedTo &&
        std::chrono::sys_days(*q.filter.decidedFrom) > std::chrono::sys_days(*q.filter.decidedTo)) {
        throw PortalError(kBadRequest, "起始日期晚于截止日期");
    }
    q.filter.violationType = text(params, "type", "违法类型");
    if (!q.filter.violationType.empty() &&
        std::find(violationTypes.begin(), violationTypes.end(), q.filter.violationType) == violationTypes.end()) {
        throw PortalError(kBadRequest, "未知的违法类型：" + q.filter.violationType);
    }
    const auto p = pageOf(params);
    q.page = p.page;
    q.pageSize = p.pageSize;
    return q;
}

Paging paging(const Params &params) {
    onlyKnown(params, {"page", "size"});
    return pageOf(params);
}


std::string creditCodeParam(std::string_view text) {
    if (!isValidUtf8(text) || domain::creditCodeError(text)) {
        throw PortalError(kBadRequest, "统一社会信用代码无效：应为 18 位，且校验位正确");
    }
    return std::string(text);
}

bool looksLikeCaseId(std::string_view text) {
    if (text.empty() || text.size() > 64) return false;
    for (char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-')) return false;
    }
    return true;
}

std::string percentEncode(std::string_view text) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '_' ||
            c == '.' || c == '~') {
            out += ch;
        } else {
            out += '%';
            out += kHex[c >> 4];
            out += kHex[c & 0x0f];
        }
    }
    return out;
}

std::string queryString(const PublicRecords::Query &query, int page) {
    std::string out;
    const auto add = [&](const char *name, const std::string &value) {
        if (value.empty()) return;
        out += out.empty() ? '?' : '&';
        out += name;
        out += '=';
        out += percentEncode(value);
    };
    const auto &f = query.filter;
    add("name", f.partyName);
    add("code", f.partyCreditCode);
    add("from", f.decidedFrom ? domain::formatIsoDate(*f.decidedFrom) : std::string());
    add("to", f.decidedTo ? domain::formatIsoDate(*f.decidedTo) : std::string());
    add("type", f.violationType);
    if (page != 1) add("page", std::to_string(page));
    if (query.pageSize != 20) add("size", std::to_string(query.pageSize));
    return out;
}

}  // namespace fc::server::portal
