import type { Industry } from "../../generated/prisma/client";
import { beauty } from "./beauty";
import { carDealers } from "./car-dealers";
import { hardware } from "./hardware";
import { hotels } from "./hotels";
import { law } from "./law";
import { medical } from "./medical";
import { realEstate } from "./real-estate";
import { restaurants } from "./restaurants";
import { tech } from "./tech";
import type { IndustryContent } from "./types";

export { everydayDialogues } from "./generic";
export type * from "./types";

export const INDUSTRY_CONTENT: Record<Industry, IndustryContent> = {
  hotels,
  restaurants,
  real_estate: realEstate,
  car_dealers: carDealers,
  beauty,
  medical,
  tech,
  law,
  hardware,
};
