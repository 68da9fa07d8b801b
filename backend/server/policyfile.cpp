#include "backend/server/policyfile.h"

#include "backend/server/files.h"

namespace fc::server {
namespace {

std::runtime_error located(const std::filesystem::path &file, const domain::DataFileError &e) {
    std::string where = file.filename().string() + ":" + std::to_string(e.line()) + ": ";
    if (!e.field().empty()) where += e.field() + ": ";
    return std::runtime_error(where + e.what() + " (" + file.string() + ")");
}

}  // namespace

LocalPolicy loadPolicy(const std::filesystem::path &file) {
    LocalPolicy local;
    try {
        local.policy = domain::parsePolicy(readWholeFile(file));
    } catch (const domain::DataFileError &e) {
        throw located(file, e);
    }
    if (!local.policy.holidaysFile.empty()) {
        const auto calendarFile = file.parent_path() / local.policy.holidaysFile;
        try {
            local.calendar = domain::WorkCalendar::parse(readWholeFile(calendarFile));
        } catch (const domain::DataFileError &e) {
            throw located(calendarFile, e);
        }
    }
    return local;
}

std::string calendarWarning(const domain::WorkCalendar &calendar, int year) {
    if (calendar.covers(std::chrono::year(year))) return {};
    return "the holiday calendar has no entries for " + std::to_string(year) +
           ": working days are counted Monday to Friday; add this year's State Council notice";
}

}  // namespace fc::server
