#pragma once

#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "backend/logic/publicrecords.h"

namespace fc::server::portal {

// The decoded query parameters of a request, as cpp-httplib gives them.
using Params = std::multimap<std::string, std::string>;

// A request the portal answers with a 4xx status and a message for the reader (Chinese,
// like the pages).
class PortalError : public std::runtime_error {
public:
    PortalError(int status, const std::string &message) : std::runtime_error(message), status_(status) {}
    int status() const { return status_; }

private:
    int status_;
};

// The longest value of any parameter, in code points.
inline constexpr std::size_t kMaxParamChars = 100;

bool isValidUtf8(std::string_view text);

// The search of public records a request asks for: name, code, from, to, type, page, size.
// Unknown or repeated parameters, invalid UTF-8, over-long values, malformed or reversed
// dates, a credit code that fails its checksum, a violation type not in `violationTypes`,
// and pages out of range are refused with 400.
PublicRecords::Query decisionQuery(const Params &params, const std::vector<std::string> &violationTypes);

// page and size only (the blacklist).
struct Paging {
    int page = 1;
    int pageSize = 20;
};
Paging paging(const Params &params);

// A credit code from a path: 400 when it is malformed or fails its checksum.
std::string creditCodeParam(std::string_view text);

// A case id as the portal's URLs carry it (a lowercase UUID).
bool looksLikeCaseId(std::string_view text);

// The query string of a search (for links to its other pages), percent-encoded.
std::string queryString(const PublicRecords::Query &query, int page);
std::string percentEncode(std::string_view text);

}  // namespace fc::server::portal
