#include "domain/evidence.h"

#include "domain/enumnames.h"

namespace fc::domain {
namespace {
constexpr EnumNameTable<EvidenceKind, 3> kNames = {{
    {EvidenceKind::Photo, "photo"},
    {EvidenceKind::Signature, "signature"},
    {EvidenceKind::Document, "document"},
}};
}  // namespace

std::string_view evidenceKindName(EvidenceKind kind) { return enumName(kNames, kind); }

std::optional<EvidenceKind> evidenceKindFromName(std::string_view name) {
    return enumFromName(kNames, name);
}

bool isSha256Hex(std::string_view text) {
    if (text.size() != 64) return false;
    for (char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    }
    return true;
}

}  // namespace fc::domain
