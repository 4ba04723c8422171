package dev.duality.sys.daggerheart.character.api;

import dev.duality.core.value.Values;
import dev.duality.sys.daggerheart.rules.Ancestry;
import dev.duality.sys.daggerheart.rules.Community;

/** Creation step 2: an ancestry and a community. */
public record Heritage(Ancestry ancestry, Community community) {
    public Heritage {
        Values.required(ancestry, "heritage.ancestry");
        Values.required(community, "heritage.community");
    }
}
