#include "JsonRecordDecoder.h"

#include <simdjson.h>

#include <string>
#include <vector>

namespace carepulse {

namespace {

std::string_view trimRight(std::string_view s)
{
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

} // namespace

struct JsonRecordDecoder::Impl {
    simdjson::ondemand::parser parser;
    simdjson::padded_string copy;
    EventFieldValues values;
    // Records of one stream usually repeat their keys in the same order: remember which field the key at
    // each position was, so most lookups are one comparison.
    std::vector<std::pair<std::string, std::optional<EventField>>> keyAtPosition;

    std::optional<EventField> lookup(std::size_t position, std::string_view key)
    {
        if (position < keyAtPosition.size() && keyAtPosition[position].first == key)
            return keyAtPosition[position].second;
        const auto field = eventFieldFromName(key);
        if (position >= keyAtPosition.size())
            keyAtPosition.resize(position + 1);
        keyAtPosition[position] = {std::string(key), field};
        return field;
    }

    // Reads the object's fields into values; returns an error text, or empty on success.
    std::string_view read(simdjson::ondemand::document& doc)
    {
        values.clear();
        simdjson::ondemand::object object;
        if (doc.get_object().get(object) != simdjson::SUCCESS)
            return "not a JSON object";
        std::size_t position = 0;
        for (auto member : object) {
            std::string_view key;
            if (member.unescaped_key().get(key) != simdjson::SUCCESS)
                return "bad key";
            const auto field = lookup(position++, key);
            simdjson::ondemand::value value;
            if (member.value().get(value) != simdjson::SUCCESS)
                return "bad value";
            simdjson::ondemand::json_type type;
            if (value.type().get(type) != simdjson::SUCCESS)
                return "bad value";
            if (!field)
                continue; // unknown keys are ignored; the iterator skips their values

            switch (type) {
            case simdjson::ondemand::json_type::string: {
                std::string_view text;
                if (value.get_string().get(text) != simdjson::SUCCESS)
                    return "bad string";
                values.set(*field, text);
                break;
            }
            case simdjson::ondemand::json_type::number:
            case simdjson::ondemand::json_type::boolean: {
                const std::string_view token = trimRight(value.raw_json_token());
                // Validate the scalar: raw tokens are not checked until read.
                if (type == simdjson::ondemand::json_type::number) {
                    double ignored = 0;
                    if (value.get_double().get(ignored) != simdjson::SUCCESS)
                        return "bad number";
                } else {
                    bool ignored = false;
                    if (value.get_bool().get(ignored) != simdjson::SUCCESS)
                        return "bad literal";
                }
                values.set(*field, token);
                break;
            }
            case simdjson::ondemand::json_type::null: {
                bool isNull = false;
                if (value.is_null().get(isNull) != simdjson::SUCCESS || !isNull)
                    return "bad literal";
                values.set(*field, {}); // null is "given empty": present (a survey_id key still decides) but missing
                break;
            }
            case simdjson::ondemand::json_type::object:
            case simdjson::ondemand::json_type::array:
                return "a field holds an object or array";
            }
        }
        const char* trailing = nullptr;
        if (doc.current_location().get(trailing) == simdjson::SUCCESS)
            return "trailing data after the object";
        return {};
    }
};

JsonRecordDecoder::JsonRecordDecoder() : d(std::make_unique<Impl>()) {}
JsonRecordDecoder::~JsonRecordDecoder() = default;

DecodedKind JsonRecordDecoder::decode(std::string_view json, std::size_t readable, CaseEvent& caseEvent,
                                      SurveyEvent& survey, QuarantineRecord& quarantine)
{
    const char* data = json.data();
    if (readable < json.size() + simdjson::SIMDJSON_PADDING) {
        d->copy = simdjson::padded_string(json);
        data = d->copy.data();
        readable = json.size() + simdjson::SIMDJSON_PADDING;
    }
    std::string_view error;
    simdjson::ondemand::document doc;
    if (d->parser.iterate(data, json.size(), readable).get(doc) != simdjson::SUCCESS) {
        error = "not valid JSON";
    } else {
        try {
            error = d->read(doc);
        } catch (const simdjson::simdjson_error&) {
            error = "not valid JSON";
        }
    }
    if (!error.empty()) {
        quarantine.reason = QuarantineReason::MalformedJson;
        quarantine.kind = RecordKind::Unknown;
        quarantine.field.clear();
        quarantine.detail = std::string(error);
        return DecodedKind::Quarantined;
    }
    if (d->values.isSurvey())
        return buildSurveyEvent(d->values, survey, quarantine) ? DecodedKind::Survey : DecodedKind::Quarantined;
    return buildCaseEvent(d->values, caseEvent, quarantine) ? DecodedKind::Case : DecodedKind::Quarantined;
}

} // namespace carepulse
