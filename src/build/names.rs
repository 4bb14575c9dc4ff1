//! The names of the model's enumerations in each language, from the interface texts.

use crate::build::model::{
    Confidence, FirmRole, Group, Need, PartnerKind, ProgrammeKind, Situation, Theme, ZoneKind,
    ZoneStatus,
};
#[allow(clippy::wildcard_imports)]
use crate::i18n::*;

impl Named for Group {
    fn name(self) -> Text {
        match self {
            Group::Phase1 => GROUP_PHASE1,
            Group::Evaluation2023_24 => GROUP_EVALUATION,
            Group::Funding => GROUP_FUNDING,
            Group::Designation => GROUP_DESIGNATION,
            Group::Reference => GROUP_REFERENCE,
            Group::Location => GROUP_LOCATION,
            Group::Industry => GROUP_INDUSTRY,
            Group::Zones => GROUP_ZONES,
        }
    }
}

impl Named for Theme {
    fn name(self) -> Text {
        match self {
            Theme::Industry => WHY_THEME_INDUSTRY,
            Theme::Travel => WHY_THEME_TRAVEL,
            Theme::People => WHY_THEME_PEOPLE,
            Theme::HealthBodies => WHY_THEME_HEALTH_BODIES,
            Theme::Space => WHY_THEME_SPACE,
        }
    }
}

impl Named for Need {
    fn name(self) -> Text {
        match self {
            Need::Rnd => NEED_RND,
            Need::Talent => NEED_TALENT,
            Need::Investment => NEED_INVESTMENT,
            Need::Global => NEED_GLOBAL,
            Need::Network => NEED_NETWORK,
        }
    }
}

impl Named for Situation {
    fn name(self) -> Text {
        match self {
            Situation::Relocating => SITUATION_RELOCATING,
            Situation::InCluster => SITUATION_IN_CLUSTER,
        }
    }
}

impl Named for ProgrammeKind {
    fn name(self) -> Text {
        match self {
            ProgrammeKind::Rnd => PROGRAMME_KIND_RND,
            ProgrammeKind::NonRnd => PROGRAMME_KIND_NON_RND,
            ProgrammeKind::Hub => PROGRAMME_KIND_HUB,
        }
    }
}

impl Named for PartnerKind {
    fn name(self) -> Text {
        match self {
            PartnerKind::Mou => PARTNER_KIND_MOU,
            PartnerKind::Forum => PARTNER_KIND_FORUM,
            PartnerKind::Zone => PARTNER_KIND_ZONE,
            PartnerKind::Centre => PARTNER_KIND_CENTRE,
        }
    }
}

impl Named for FirmRole {
    fn name(self) -> Text {
        match self {
            FirmRole::Story => FIRM_ROLE_STORY,
            FirmRole::Anchor => FIRM_ROLE_ANCHOR,
            FirmRole::ClusterRnd => FIRM_ROLE_CLUSTER_RND,
            FirmRole::HospitalRndPartner => FIRM_ROLE_HOSPITAL_RND,
            FirmRole::ZoneParticipant => FIRM_ROLE_ZONE,
            FirmRole::Investor => FIRM_ROLE_INVESTOR,
            FirmRole::Tenant => FIRM_ROLE_TENANT,
        }
    }
}

impl Named for ZoneStatus {
    fn name(self) -> Text {
        match self {
            ZoneStatus::Active => ZONE_STATUS_ACTIVE,
            ZoneStatus::Planned => ZONE_STATUS_PLANNED,
            ZoneStatus::Ended => ZONE_STATUS_ENDED,
        }
    }
}

impl Named for ZoneKind {
    fn name(self) -> Text {
        match self {
            ZoneKind::Cluster => ZONE_KIND_CLUSTER,
            ZoneKind::RegulationFreeZone => ZONE_KIND_RFZ,
            ZoneKind::GlobalInnovationZone => ZONE_KIND_GLOBAL,
            ZoneKind::RndSpecialZone => ZONE_KIND_RND,
            ZoneKind::ForeignInvestmentZone => ZONE_KIND_FIZ,
        }
    }
}

impl Named for Confidence {
    fn name(self) -> Text {
        match self {
            Confidence::Low => CONFIDENCE_LOW,
            Confidence::Medium => CONFIDENCE_MEDIUM,
            Confidence::MediumHigh => CONFIDENCE_MEDIUM_HIGH,
            Confidence::High => CONFIDENCE_HIGH,
        }
    }
}
