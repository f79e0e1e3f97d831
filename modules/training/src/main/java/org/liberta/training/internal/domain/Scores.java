package org.liberta.training.internal.domain;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/** Pre- and post-assessment scores in the three areas the charity measures; any may be missing. */
public record Scores(Integer preKnowledge, Integer postKnowledge, Integer preAttitude, Integer postAttitude,
        Integer preBehaviour, Integer postBehaviour) implements Serializable {

    public static final Scores NONE = new Scores(null, null, null, null, null, null);

    /** The knowledge gain (post − pre), only when both were taken: a post score alone shows no change. */
    public Integer knowledgeGain() {
        return preKnowledge == null || postKnowledge == null ? null : postKnowledge - preKnowledge;
    }

    /** Each score by its API field name, for validation messages that name the field. */
    public Map<String, Integer> byField() {
        Map<String, Integer> fields = new LinkedHashMap<>();
        fields.put("preScore", preKnowledge);
        fields.put("postScore", postKnowledge);
        fields.put("preAttitude", preAttitude);
        fields.put("postAttitude", postAttitude);
        fields.put("preBehaviour", preBehaviour);
        fields.put("postBehaviour", postBehaviour);
        return fields;
    }
}
