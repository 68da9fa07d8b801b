#include "domain/custody.h"

#include <openssl/evp.h>

#include <memory>

#include "domain/enumnames.h"
#include "domain/merkle.h"
#include "domain/sha256.h"

namespace fc::domain::custody {
namespace {

constexpr EnumNameTable<Kind, 5> kKinds = {{
    {Kind::Evidence, "evidence"},
    {Kind::InspectionRecord, "inspection_record"},
    {Kind::Ringelmann, "ringelmann"},
    {Kind::Noise, "noise"},
    {Kind::CaseEvent, "case_event"},
}};

}  // namespace

std::string_view kindName(Kind kind) { return enumName(kKinds, kind); }
std::optional<Kind> kindFromName(std::string_view name) { return enumFromName(kKinds, name); }

std::optional<std::pair<Kind, std::string>> targetOf(const Mutation &m) {
    if (const auto *ev = std::get_if<AddEvidence>(&m.body)) return std::pair(Kind::Evidence, ev->item.id);
    if (const auto *rec = std::get_if<AddInspectionRecord>(&m.body)) return std::pair(Kind::InspectionRecord, rec->record.id);
    if (const auto *rm = std::get_if<AddRingelmann>(&m.body)) return std::pair(Kind::Ringelmann, rm->observation.header.id);
    if (const auto *noise = std::get_if<AddNoise>(&m.body)) return std::pair(Kind::Noise, noise->record.header.id);
    return std::nullopt;
}

std::string signedText(const Checkpoint &c) {
    return "fieldcase custody checkpoint v1\n" + std::to_string(c.size) + "\n" + Sha256::toHex(c.root) + "\n" +
           std::to_string(c.atMs) + "\n";
}

bool verifySignature(const Checkpoint &checkpoint, std::string_view publicKey) {
    if (publicKey.size() != 32 || checkpoint.signature.size() != 64) return false;
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                    reinterpret_cast<const unsigned char *>(publicKey.data()), publicKey.size()),
        EVP_PKEY_free);
    if (!key) return false;
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1) return false;
    const auto text = signedText(checkpoint);
    return EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(checkpoint.signature.data()),
                            checkpoint.signature.size(), reinterpret_cast<const unsigned char *>(text.data()),
                            text.size()) == 1;
}

bool verifyReceipt(const Receipt &receipt, std::string_view publicKey) {
    return verifySignature(receipt.checkpoint, publicKey) &&
           merkle::verifyInclusion(receipt.leafHash, static_cast<std::uint64_t>(receipt.index),
                                   static_cast<std::uint64_t>(receipt.checkpoint.size), receipt.proof,
                                   receipt.checkpoint.root);
}

}  // namespace fc::domain::custody
