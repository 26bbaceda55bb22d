export {
  DEFAULT_PHONE_REGION,
  normalizePhone,
  phoneOrNull,
  type PhoneResult,
} from "./normalize-phone";
