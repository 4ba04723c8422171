package dev.duality.sys.daggerheart.plugin;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Examples for the schemas of Daggerheart's own value types, which views and requests use as they are: the domain
 * module depends on the core alone and cannot carry OpenAPI annotations, so the plug-in documents them here. The
 * service composes every success example from these and the views' own annotations.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DaggerheartExamples implements OpenApiCustomizer {
    static final Map<String, String> BY_SCHEMA = Map.ofEntries(
            Map.entry("Heritage", """
                    {"ancestry": "elf", "community": "wildborne"}"""),
            Map.entry("TraitScores", """
                    {"agility": 2, "strength": -1, "finesse": 1, "instinct": 1, "presence": 0, "knowledge": 0}"""),
            Map.entry("Armor", """
                    {"name": "Leather Armor", "base_major": 6, "base_severe": 13, "base_score": 3,
                     "evasion_modifier": 0, "agility_modifier": 0}"""),
            Map.entry("Equipment", """
                    {"armor": {"name": "Leather Armor", "base_major": 6, "base_severe": 13, "base_score": 3,
                               "evasion_modifier": 0, "agility_modifier": 0},
                     "primary_weapon": "Shortbow", "secondary_weapon": null}"""),
            Map.entry("Experience", """
                    {"name": "Tracker", "modifier": 2}"""),
            Map.entry("DomainCard", """
                    {"card_id": "bone-untouchable", "name": "Untouchable", "domain": "bone", "level": 1,
                     "recall_cost": 1, "type": "ability"}"""),
            Map.entry("AcquiredCards", """
                    {"loadout": [{"card_id": "bone-untouchable", "name": "Untouchable", "domain": "bone", "level": 1,
                                  "recall_cost": 1, "type": "ability"}], "vault": []}"""),
            Map.entry("Gold", """
                    {"handfuls": 1, "bags": 0, "chests": 0}"""),
            // character progress
            Map.entry("TakenAdvancement", """
                    {"level": 2, "tier": 2, "option": "hp_slot"}"""),
            Map.entry("Multiclass", """
                    {"character_class": "rogue", "domain": "midnight", "subclass": "nightwalker"}"""));

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        BY_SCHEMA.forEach((name, json) -> {
            Schema<?> schema = openApi.getComponents().getSchemas().get(name);
            if (schema != null && schema.getExample() == null) {
                schema.setExample(parse(json));
            }
        });
    }

    private static Object parse(String json) {
        try {
            return Json.mapper().readValue(json, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("example is not JSON: " + json, e);
        }
    }
}
