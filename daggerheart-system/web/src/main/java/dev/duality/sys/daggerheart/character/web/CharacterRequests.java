package dev.duality.sys.daggerheart.character.web;

import dev.duality.core.campaign.api.FreeText;
import dev.duality.core.campaign.api.Name;
import dev.duality.core.rejection.Rejected;
import dev.duality.core.value.Values;
import dev.duality.sys.daggerheart.character.api.Equipment;
import dev.duality.sys.daggerheart.character.api.Heritage;
import dev.duality.sys.daggerheart.rules.Ancestry;
import dev.duality.sys.daggerheart.rules.Armor;
import dev.duality.sys.daggerheart.rules.ArmorPreset;
import dev.duality.sys.daggerheart.rules.Community;
import dev.duality.sys.daggerheart.rules.Domain;
import dev.duality.sys.daggerheart.rules.DomainCard;
import dev.duality.sys.daggerheart.rules.DomainCardType;
import dev.duality.sys.daggerheart.rules.Experience;
import dev.duality.sys.daggerheart.rules.Gold;
import dev.duality.sys.daggerheart.rules.TraitScores;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static dev.duality.core.value.Values.optional;

/**
 * The request bodies of character creation, and their conversion into the domain's value types. Every number is an
 * {@code Integer} so a missing one is refused naming its field instead of silently reading as 0. Experiences and the
 * naming of nested fields serve adversaries' stat blocks too.
 */
public final class CharacterRequests {
    private CharacterRequests() {
    }

    @Schema(description = "Creation step 2")
    record HeritageBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Ancestry ancestry,
                        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Community community) {
        Heritage toHeritage() {
            return new Heritage(Values.required(ancestry, "heritage.ancestry"),
                    Values.required(community, "heritage.community"));
        }
    }

    @Schema(description = "Creation step 3: +2, +1, +1, 0, 0 and -1, one per trait")
    record TraitsBody(@Schema(example = "2") Integer agility, @Schema(example = "-1") Integer strength,
                      @Schema(example = "1") Integer finesse, @Schema(example = "1") Integer instinct,
                      @Schema(example = "0") Integer presence, @Schema(example = "0") Integer knowledge) {
        TraitScores toTraits() {
            return new TraitScores(Values.required(agility, "traits.agility"),
                    Values.required(strength, "traits.strength"), Values.required(finesse, "traits.finesse"),
                    Values.required(instinct, "traits.instinct"), Values.required(presence, "traits.presence"),
                    Values.required(knowledge, "traits.knowledge"));
        }
    }

    @Schema(description = "An SRD armor by preset name, or an armor's table row")
    record ArmorBody(@Schema(description = "A Tier 1 armor of the SRD table; leave the other fields out")
                     ArmorPreset preset,
                     @Schema(description = "Without a preset: the armor's name") String name,
                     Integer baseMajor, Integer baseSevere, Integer baseScore, Integer evasionModifier,
                     Integer agilityModifier) {
        Armor toArmor() {
            if (preset != null) {
                return preset.armor();
            }
            return under("equipment.armor", () -> new Armor(Values.required(name, "equipment.armor.name"),
                    Values.required(baseMajor, "equipment.armor.base_major"),
                    Values.required(baseSevere, "equipment.armor.base_severe"),
                    Values.required(baseScore, "equipment.armor.base_score"),
                    evasionModifier == null ? 0 : evasionModifier, agilityModifier == null ? 0 : agilityModifier));
        }
    }

    @Schema(description = "Creation step 5: armor (absent or null: unarmored) and weapons by name")
    record EquipmentBody(ArmorBody armor, @Schema(example = "Shortbow") String primaryWeapon,
                         @Schema(example = "Dagger") String secondaryWeapon) {
        Equipment toEquipment() {
            return new Equipment(armor == null ? null : armor.toArmor(),
                    optional(primaryWeapon, v -> Name.of(v, "equipment.primary_weapon")),
                    optional(secondaryWeapon, v -> Name.of(v, "equipment.secondary_weapon")));
        }
    }

    @Schema(description = "An Experience: a short phrase and its bonus (+2 at creation)")
    public record ExperienceBody(@Schema(example = "Tracker") String name, @Schema(example = "2") Integer modifier) {
    }

    @Schema(description = "A domain card: a level-1 card of one of the class's two domains at creation")
    record DomainCardBody(@Schema(example = "bone-untouchable") String cardId,
                          @Schema(example = "Untouchable") String name, Domain domain,
                          @Schema(example = "1") Integer level, @Schema(example = "1") Integer recallCost,
                          DomainCardType type) {
    }

    @Schema(description = "Gold, rolled up: 10 handfuls make a bag, 10 bags a chest, at most 1 chest")
    record GoldBody(@Schema(example = "1") Integer handfuls, @Schema(example = "0") Integer bags,
                    @Schema(example = "0") Integer chests) {
        Gold toGold() {
            return under("gold", () -> Gold.rollUp(handfuls == null ? 0 : handfuls, bags == null ? 0 : bags,
                    chests == null ? 0 : chests));
        }
    }

    public static List<Experience> experiences(List<ExperienceBody> bodies) {
        if (bodies == null) {
            return null;
        }
        List<Experience> experiences = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            String field = "experiences[" + i + "]";
            ExperienceBody body = Values.required(bodies.get(i), field);
            experiences.add(under(field, () -> new Experience(
                    Values.name(body.name(), field + ".name", Experience.MAX_NAME_LENGTH),
                    Values.required(body.modifier(), field + ".modifier"))));
        }
        return experiences;
    }

    static List<DomainCard> domainCards(List<DomainCardBody> bodies) {
        if (bodies == null) {
            return null;
        }
        List<DomainCard> cards = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            cards.add(domainCard(bodies.get(i), "domain_cards[" + i + "]"));
        }
        return cards;
    }

    /** One domain card of a request, its refusals naming the card's fields under {@code field}. */
    static DomainCard domainCard(DomainCardBody body, String field) {
        Values.required(body, field);
        return under(field, () -> new DomainCard(Values.id(body.cardId(), field + ".card_id"),
                Values.name(body.name(), field + ".name", DomainCard.MAX_NAME_LENGTH),
                Values.required(body.domain(), field + ".domain"), Values.required(body.level(), field + ".level"),
                Values.required(body.recallCost(), field + ".recall_cost"),
                Values.required(body.type(), field + ".type")));
    }

    /**
     * Builds a value of a nested part of the body. Value types name their own fields bare ({@code modifier}); a
     * refusal is answered with the field as the client spelled it ({@code experiences[1].modifier}).
     */
    public static <T> T under(String prefix, Supplier<T> build) {
        try {
            return build.get();
        } catch (Rejected e) {
            if (e.field() == null || e.field().startsWith(prefix)) {
                throw e;
            }
            throw new Rejected(e.code(), prefix + "." + e.field(), e.getMessage());
        }
    }

    static FreeText text(String value, String field) {
        return optional(value, v -> FreeText.of(v, field));
    }
}
