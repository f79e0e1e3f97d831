package org.liberta.advocacy.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.advocacy.internal.application.StakeholderMapService;
import org.liberta.advocacy.internal.application.StakeholderMapService.MapEntry;
import org.liberta.advocacy.internal.application.StakeholderMapService.Placement;
import org.liberta.advocacy.internal.application.StakeholderMapService.StakeholderMap;
import org.liberta.advocacy.internal.domain.MapQuadrant;
import org.liberta.platform.api.ui.UiFeedback;

/**
 * The campaign's stakeholder map: who to equip, persuade, answer or keep informed, by influence and stance; and
 * placing a stakeholder on it (a stale placement gets a conflict, not a silent overwrite).
 */
@Named("campaignMap")
@ViewScoped
public class CampaignMapView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CampaignPageView page;

    @Inject
    private StakeholderMapService maps;

    private StakeholderMap map;
    private Long placeWho;
    private Integer placeInfluence = 3;
    private Integer placeStance = 3;

    public void place() {
        if (placeWho == null) {
            UiFeedback.error(UiFeedback.text(AdvocacyMenu.BUNDLE, "map.who") + ": " + UiFeedback.text("ui.required"));
            return;
        }
        Long version = getMap().placed().stream().filter(e -> e.stakeholder() == placeWho && e.placedOnCampaign())
                .map(MapEntry::version).findFirst().orElse(null);
        if (UiFeedback.attempt(() -> maps.place(page.getCampaign().id(), placeWho,
                new Placement(placeInfluence, placeStance, version)), null)) {
            UiFeedback.info(UiFeedback.text(AdvocacyMenu.BUNDLE, "map.placed"));
            map = null;
            page.reload();
        }
    }

    /** The map, drawn once per view and again after a placement. */
    public StakeholderMap getMap() {
        if (map == null && page.getCampaign() != null) {
            map = maps.map(page.getCampaign().id());
        }
        return map;
    }

    /** The stakeholders of one quadrant of the map, most influential first. */
    public List<MapEntry> quadrant(String quadrant) {
        return getMap().placed().stream().filter(e -> quadrant.equals(e.quadrant())).toList();
    }

    public MapQuadrant[] getQuadrants() {
        return MapQuadrant.values();
    }

    /** The one-to-five scale of influence and stance. */
    public int[] getScale() {
        return new int[] {1, 2, 3, 4, 5};
    }

    public Long getPlaceWho() {
        return placeWho;
    }

    public void setPlaceWho(Long placeWho) {
        this.placeWho = placeWho;
    }

    public Integer getPlaceInfluence() {
        return placeInfluence;
    }

    public void setPlaceInfluence(Integer placeInfluence) {
        this.placeInfluence = placeInfluence;
    }

    public Integer getPlaceStance() {
        return placeStance;
    }

    public void setPlaceStance(Integer placeStance) {
        this.placeStance = placeStance;
    }
}
