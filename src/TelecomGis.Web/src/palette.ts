// The map's colours, one place, so the layers and their legend never disagree.
// Carriers in their brand colours, as planners recognise them at a glance.
export const carrierColours: Record<string, string> = {
  Viettel: '#d7141a',
  VNPT: '#0096d6',
  MobiFone: '#1d3f8f',
  Vietnamobile: '#f28c00',
};

export const zoneColours: Record<string, string> = {
  headquarters: '#8e44ad',
  heritage: '#a0522d',
  tourist: '#16a085',
  urban: '#e67e22',
  urban_main_street: '#c0392b',
  rural: '#7f8c8d',
};

export const restrictedColours: Record<string, string> = {
  prohibit: '#b71c1c',
  consult: '#ff8f00',
};

export const layingColours: Record<string, string> = {
  aerial: '#2e7d32',
  underground: '#6a1b9a',
};

export const postalColours: Record<string, string> = {
  post_office: '#c62828',
  cultural_post_office: '#ef6c00',
  agent: '#f9a825',
  kiosk: '#6d4c41',
  letter_box: '#546e7a',
};

export const verdictColours: Record<string, string> = {
  conforms: '#2e7d32',
  does_not_conform: '#c62828',
  needs_consultation: '#ef6c00',
  rejected: '#616161',
};

export const other = '#607d8b';
