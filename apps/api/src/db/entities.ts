import { RefreshToken } from "../modules/auth/refresh-token.entity";
import { User } from "../modules/users/user.entity";

/** Every entity the data source knows; a module adds its own here. */
export const entities = [User, RefreshToken];
