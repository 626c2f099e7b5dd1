// The API's appraisal answer (POST /api/appraisals?where=true), as the map reads it.
export interface FeatureRef { layer: string; id: string; name: string }

export interface RuleView {
  rule_id: string;
  outcome: 'pass' | 'fail' | 'consult' | 'warn' | 'n/a';
  message: string;
  message_vi: string;
  message_en: string;
  measured_value?: number;
  unit?: string;
  threshold?: number;
  deciding_feature?: FeatureRef;
  citation?: string;
}

export interface AppraisalView {
  site: { carrier: string; site_code: string; lon: number; lat: number; pole_class: string; height_m: number; camouflaged: boolean };
  verdict: 'conforms' | 'does_not_conform' | 'needs_consultation';
  verdict_text: string;
  plan_version: string;
  rules: RuleView[];
}

export interface NearbyOption { feature: FeatureRef; distance_m: number; lon_deg: number; lat_deg: number }

export interface ConformingAlternative {
  found: boolean;
  lon_deg?: number;
  lat_deg?: number;
  distance_m?: number;
  bearing_deg?: number;
  search_radius_m: number;
  planned_positions: NearbyOption[];
  sites_to_share: NearbyOption[];
}

/**
 * plan_version_vi/_en: the plan version it was judged against as a person reads it (the plan, its import time, in force); the
 * appraisal's plan_version is the hash, for programs, never shown in Vietnamese text.
 */
export interface AppraisalAnswer { appraisal: AppraisalView; alternative?: ConformingAlternative; plan_version_vi: string; plan_version_en: string }

/** The rules that made the verdict: the failures, else the consultations. */
export function decisiveRules(view: AppraisalView): RuleView[] {
  const failed = view.rules.filter((r) => r.outcome === 'fail');
  return failed.length > 0 ? failed : view.rules.filter((r) => r.outcome === 'consult');
}
