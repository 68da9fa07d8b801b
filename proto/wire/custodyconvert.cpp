// The custody log's canonical bytes and its checkpoints and receipts on the wire.
#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>

#include "wire/convert.h"

namespace fc::wire {
namespace {

std::string deterministic(const google::protobuf::MessageLite &message) {
    std::string out;
    {
        google::protobuf::io::StringOutputStream stream(&out);
        google::protobuf::io::CodedOutputStream coded(&stream);
        coded.SetSerializationDeterministic(true);
        message.SerializeToCodedStream(&coded);
    }
    return out;
}

template <typename Domain, typename Message>
std::string encoded(const Domain &value) {
    Message message;
    toProto(value, &message);
    return deterministic(message);
}

}  // namespace

std::string custodyContent(domain::EvidenceItem item) {
    item.bytesStored = false;
    item.capturedByName.clear();
    return encoded<domain::EvidenceItem, v1::EvidenceItem>(item);
}

std::string custodyContent(domain::InspectionRecord record) {
    return encoded<domain::InspectionRecord, v1::InspectionRecord>(record);
}

std::string custodyContent(domain::RingelmannObservation observation) {
    observation.header.recordedByName.clear();
    return encoded<domain::RingelmannObservation, v1::RingelmannObservation>(observation);
}

std::string custodyContent(domain::NoiseRecord record) {
    record.header.recordedByName.clear();
    return encoded<domain::NoiseRecord, v1::NoiseRecord>(record);
}

std::string custodyContent(domain::CaseEvent event) {
    event.actorName.clear();
    return encoded<domain::CaseEvent, v1::CaseEvent>(event);
}

std::string custodyEntryBytes(const domain::custody::Entry &entry) {
    v1::CustodyEntry message;
    message.set_index(entry.index);
    message.set_kind(std::string(domain::custody::kindName(entry.kind)));
    message.set_entity_id(entry.entityId);
    message.set_case_id(entry.caseId);
    message.set_appended_at_ms(entry.appendedAtMs);
    message.set_content_sha256(entry.contentSha256);
    return deterministic(message);
}

std::optional<domain::custody::Entry> parseCustodyEntry(std::string_view bytes) {
    v1::CustodyEntry message;
    if (!message.ParseFromArray(bytes.data(), static_cast<int>(bytes.size()))) return std::nullopt;
    const auto kind = domain::custody::kindFromName(message.kind());
    if (!kind) return std::nullopt;
    domain::custody::Entry entry;
    entry.index = message.index();
    entry.kind = *kind;
    entry.entityId = message.entity_id();
    entry.caseId = message.case_id();
    entry.appendedAtMs = message.appended_at_ms();
    entry.contentSha256 = message.content_sha256();
    return entry;
}

void toProto(const domain::custody::Checkpoint &in, v1::Checkpoint *out) {
    out->set_size(in.size);
    out->set_root(in.root);
    out->set_at_ms(in.atMs);
    out->set_signature(in.signature);
}

domain::custody::Checkpoint fromProto(const v1::Checkpoint &in) {
    return {in.size(), in.root(), in.at_ms(), in.signature()};
}

void toProto(const domain::custody::Receipt &in, v1::CustodyReceipt *out) {
    out->set_index(in.index);
    out->set_leaf_hash(in.leafHash);
    toProto(in.checkpoint, out->mutable_checkpoint());
    for (const auto &hash : in.proof) out->add_inclusion_proof(hash);
}

domain::custody::Receipt fromProto(const v1::CustodyReceipt &in) {
    domain::custody::Receipt out;
    out.index = in.index();
    out.leafHash = in.leaf_hash();
    out.checkpoint = fromProto(in.checkpoint());
    out.proof.assign(in.inclusion_proof().begin(), in.inclusion_proof().end());
    return out;
}

}  // namespace fc::wire
